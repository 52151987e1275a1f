//! Links the test binaries against the same libpython that pyo3 resolved (with an rpath),
//! so the loader does not pick another CPython on the system (see toolchain notes).

fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
}
