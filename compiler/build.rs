//! Builds the runtime static library (`runtime/`) with its own optimised profile and
//! hands its path to the compiler, which embeds it with `include_bytes!` so `molt` needs no
//! set-up to link programs (decisions/0003-runtime-embedding.md).

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let runtime = manifest.join("../runtime");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    let target_dir = out.join("runtime-target");
    for dir in ["src", "abi/src"] {
        println!("cargo::rerun-if-changed={}", runtime.join(dir).display());
    }
    println!("cargo::rerun-if-changed={}", runtime.join("Cargo.toml").display());
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "--release", "--lib", "--locked", "-p", "molt-runtime", "--target-dir"])
        .arg(&target_dir)
        .current_dir(&runtime)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .env("CARGO_PROFILE_RELEASE_LTO", "fat")
        .env("CARGO_PROFILE_RELEASE_PANIC", "abort")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "1")
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "3")
        .env("CARGO_PROFILE_RELEASE_DEBUG", "false")
        .status()
        .expect("could not run cargo to build the Molt runtime");
    assert!(status.success(), "building the Molt runtime failed");
    let lib = target_dir.join("release/libmolt_runtime.a");
    assert!(lib.exists(), "runtime archive missing at {}", lib.display());
    println!("cargo::rustc-env=MOLT_RUNTIME_ARCHIVE={}", lib.display());
}
