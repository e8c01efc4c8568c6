//! The web worker that computes Explore runs ahead of the page (see
//! `crm_lab::ui::explore::prefetch`). Built by Trunk for wasm32 (`data-type="worker"`
//! in index.html); natively its `main` does nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    crm_lab::ui::explore::worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
