//! `crm-lab`: the native command-line runner (see `crm_lab::cli`).
//! Not part of the web build: on wasm32 its `main` does nothing.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::io::Write;
    let args: Vec<String> = std::env::args().skip(1).collect();
    match crm_lab::cli::main_with(&args) {
        Ok(out) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (e.g. `| head`) is not an error worth a panic.
            let _ = stdout.write_all(out.as_bytes());
        }
        Err(e) => {
            eprintln!("crm-lab: {e}");
            std::process::exit(2);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
