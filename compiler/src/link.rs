//! Linking: writes the embedded runtime archive to a per-version cache file and runs the
//! system C compiler driver to link a program's object file with it.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime static library, built by `build.rs` with LTO and `panic=abort`.
pub static RUNTIME_ARCHIVE: &[u8] = include_bytes!(env!("MOLT_RUNTIME_ARCHIVE"));

/// Native libraries the Rust standard library in the runtime needs
/// (`rustc --print native-static-libs`).
const NATIVE_LIBS: &[&str] = &["-lgcc_s", "-lutil", "-lrt", "-lpthread", "-lm", "-ldl", "-lc"];

/// A short hash of the runtime archive, computed once per process (the archive is MBs).
fn archive_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| {
        use sha2::{Digest, Sha256};
        let d = Sha256::digest(RUNTIME_ARCHIVE);
        d.iter().take(8).map(|b| format!("{b:02x}")).collect()
    })
}

/// The molt cache directory: `$MOLT_CACHE_DIR`, else `$XDG_CACHE_HOME/molt`, else `~/.cache/molt`.
pub fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("MOLT_CACHE_DIR") {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("molt");
    }
    match std::env::var_os("HOME") {
        Some(h) => PathBuf::from(h).join(".cache/molt"),
        None => std::env::temp_dir().join("molt-cache"),
    }
}

/// Writes the runtime archive into the cache (once per runtime version) and returns its path.
fn runtime_archive_path() -> Result<PathBuf, String> {
    let dir = cache_dir().join("runtime");
    let path = dir.join(format!("libmolt_runtime-{}.a", archive_hash()));
    if path.exists() {
        return Ok(path);
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let tmp = tempfile::NamedTempFile::new_in(&dir).map_err(|e| format!("cannot write in {}: {e}", dir.display()))?;
    std::fs::write(tmp.path(), RUNTIME_ARCHIVE).map_err(|e| format!("cannot write the runtime archive: {e}"))?;
    tmp.persist(&path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    // Archives of other runtime builds would pile up (MBs each). Those untouched for a day
    // go; younger ones may belong to another checkout's molt running right now.
    let day_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(24 * 3600);
    for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let old = e.metadata().and_then(|m| m.modified()).is_ok_and(|t| t < day_ago);
        if old && e.file_name().to_string_lossy().starts_with("libmolt_runtime-") && e.path() != path {
            let _ = std::fs::remove_file(e.path());
        }
    }
    Ok(path)
}

/// Links `object` into the executable `out`. The output appears only when linking succeeded:
/// the linker writes a temporary file in the same folder, renamed into place at the end.
pub fn link(object: &[u8], out: &Path) -> Result<(), String> {
    let archive = runtime_archive_path()?;
    let work = tempfile::tempdir().map_err(|e| format!("cannot create a temporary folder: {e}"))?;
    let obj_path = work.path().join("program.o");
    std::fs::write(&obj_path, object).map_err(|e| format!("cannot write the object file: {e}"))?;
    let out_dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp_out = tempfile::Builder::new().prefix(".molt-link").tempfile_in(&out_dir).map_err(|e| format!("cannot write to {}: {e}", out_dir.display()))?;
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let run_cc = |packed_relocs: bool| {
        Command::new(&cc)
            .arg(&obj_path)
            .arg(&archive)
            .arg("-o")
            .arg(tmp_out.path())
            .args(NATIVE_LIBS)
            .arg("-Wl,--gc-sections")
            // RELR relative relocations: the runtime's tables of pointers otherwise cost 24
            // bytes of `.rela.dyn` per pointer in a position-independent executable, 14% of
            // hello world (decisions/0021-hello-world-size.md).
            .args(packed_relocs.then_some("-Wl,-z,pack-relative-relocs"))
            // Symbols are stripped unless profiling asks for them (specs/benchmarks.md).
            .args(std::env::var_os("MOLT_KEEP_SYMBOLS").is_none().then_some("-s"))
            .output()
            .map_err(|e| format!("cannot run the C compiler driver '{cc}' to link: {e} (install a C toolchain, e.g. 'apt-get install gcc')"))
    };
    let mut output = run_cc(true)?;
    if !output.status.success() && String::from_utf8_lossy(&output.stderr).contains("pack-relative-relocs") {
        // Linkers older than binutils 2.38 (or gold) lack the option; the binary is only larger.
        output = run_cc(false)?;
    }
    if !output.status.success() {
        return Err(format!("linking failed ({cc}):\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(tmp_out.path(), std::fs::Permissions::from_mode(0o755)).map_err(|e| format!("cannot mark the output executable: {e}"))?;
    }
    let (_, tmp_path) = tmp_out.keep().map_err(|e| format!("cannot keep the linked file: {e}"))?;
    std::fs::rename(&tmp_path, out).map_err(|e| {
        let _ = std::fs::remove_file(&tmp_path);
        format!("cannot write {}: {e}", out.display())
    })?;
    Ok(())
}

/// The content-addressed name of a program's binary: it changes with the program's path
/// (tracebacks name it), its source, and the compiler build (version, runtime, executable).
pub fn binary_cache_key(path: &str, source: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(env!("CARGO_PKG_VERSION"));
    h.update(archive_hash());
    let exe_time = std::env::current_exe().ok().and_then(|p| std::fs::metadata(p).ok()).and_then(|m| m.modified().ok());
    h.update(exe_time.map(|t| format!("{t:?}")).unwrap_or_default());
    h.update(path.as_bytes());
    h.update([0]);
    h.update(source.as_bytes());
    h.finalize().iter().take(12).map(|b| format!("{b:02x}")).collect()
}

/// Whether a cached binary exists; if so, marks it as recently used for `prune_cache`.
pub fn touch_cached(exe: &Path) -> bool {
    if !exe.is_file() {
        return false;
    }
    // Opening for writing fails while the binary runs (ETXTBSY); it is still usable.
    if let Ok(f) = std::fs::File::options().append(true).open(exe) {
        let _ = f.set_modified(std::time::SystemTime::now());
    }
    true
}

/// Keeps the binary cache under `max_bytes` by deleting the least recently used binaries
/// (down to half the limit, so pruning is rare). Errors are ignored: the cache is advisory.
pub fn prune_cache(max_bytes: u64) {
    let Ok(entries) = std::fs::read_dir(cache_dir().join("bin")) else { return };
    let mut files: Vec<(std::time::SystemTime, u64, PathBuf)> = entries
        .filter_map(|e| {
            let e = e.ok()?;
            let m = e.metadata().ok()?;
            m.is_file().then(|| (m.modified().unwrap_or(std::time::UNIX_EPOCH), m.len(), e.path()))
        })
        .collect();
    let mut total: u64 = files.iter().map(|f| f.1).sum();
    if total <= max_bytes {
        return;
    }
    files.sort();
    for (_, len, path) in files {
        if total <= max_bytes / 2 {
            break;
        }
        if std::fs::remove_file(&path).is_ok() {
            total -= len;
        }
    }
}
