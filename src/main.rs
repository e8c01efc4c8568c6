//! The web entry point: mounts the page. Built by Trunk for wasm32.

fn main() {
    yew::Renderer::<crm_lab::ui::App>::new().render();
}
