//! The share dialog: the link to this exact simulation, a copy button, and a
//! QR code big enough to scan from the back of a classroom (made in the page).

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use yew::prelude::*;

use crate::i18n::Lang;

/// The QR code of `text` as an SVG document, or `None` if it is too long.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color>()
            .min_dimensions(320, 320)
            .quiet_zone(true)
            .build(),
    )
}

#[derive(Properties, PartialEq)]
pub struct ShareDialogProps {
    pub lang: Lang,
    pub link: AttrValue,
    pub on_copy: Callback<()>,
    pub on_close: Callback<()>,
}

#[function_component(ShareDialog)]
pub fn share_dialog(p: &ShareDialogProps) -> Html {
    let l = p.lang;
    let qr = qr_svg(&p.link).map(|svg| Html::from_html_unchecked(AttrValue::from(svg)));
    let copy = p.on_copy.reform(|_| ());
    let close = p.on_close.reform(|_| ());
    // A modal dialog keeps the keyboard: focus starts on the link, Tab and
    // Shift+Tab cycle through the dialog's controls, and on closing focus
    // goes back to the Share button.
    let (first, last) = (use_node_ref(), use_node_ref());
    {
        let first = first.clone();
        use_effect_with((), move |_| {
            if let Some(e) = first.cast::<web_sys::HtmlElement>() {
                let _ = e.focus();
            }
            || {
                if let Some(b) = crate::ui::browser::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("share"))
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    let _ = b.focus();
                }
            }
        });
    }
    let on_keydown = {
        let (first, last) = (first.clone(), last.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Tab" {
                return;
            }
            let active = crate::ui::browser::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element());
            let (from, to) = if e.shift_key() {
                (&first, &last)
            } else {
                (&last, &first)
            };
            let at_edge = match (active, from.cast::<web_sys::Element>()) {
                (Some(a), Some(f)) => a == f,
                _ => false,
            };
            if at_edge {
                if let Some(t) = to.cast::<web_sys::HtmlElement>() {
                    e.prevent_default();
                    let _ = t.focus();
                }
            }
        })
    };
    html! {
        <div class="dialog-backdrop">
            <div class="dialog share" role="dialog" aria-modal="true" aria-labelledby="share-title" onkeydown={on_keydown}>
                <h2 id="share-title">{ l.t("share_heading") }</h2>
                <p>{ l.t("share_help") }</p>
                <div class="share-link">
                    <input id="share-link" type="text" readonly=true value={p.link.clone()}
                        aria-label={l.t("share_heading")} ref={first} />
                    <button id="copy-link" onclick={copy}>{ l.t("copy_link") }</button>
                </div>
                if let Some(qr) = qr {
                    <div class="qr" id="share-qr">{ qr }</div>
                }
                <button class="close" onclick={close} ref={last}>{ l.t("close") }</button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_become_qr_codes() {
        let link = format!(
            "https://example.org/crm-lab/#{}",
            crate::ui::share::encode(&Default::default(), Lang::Zh)
        );
        let svg = qr_svg(&link).unwrap();
        assert!(svg.contains("<svg") && svg.contains("</svg>"));
    }
}
