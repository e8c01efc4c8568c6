//! The share dialog: the link to this exact simulation, a copy button, and a
//! QR code big enough to scan from the back of a classroom (made in the page).

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::{ExploreState, Notice};
use crate::i18n::Lang;
use crate::ui::browser::{clipboard_write, page_address, window};
use crate::ui::share;

/// What a link carries besides the settings: the month on screen and the
/// pinned baseline.
pub fn view_of(state: &ExploreState) -> share::View {
    share::View {
        month: Some(state.month),
        baseline: state.baseline.clone(),
    }
}

/// The link to the current state: this page's address with the state in
/// its fragment.
pub fn share_link(state: &ExploreState, lang: Lang) -> String {
    format!(
        "{}#{}",
        page_address(),
        share::encode_view(&state.settings, &view_of(state), lang)
    )
}

/// Selects the dialog's link so it can be copied by hand.
fn select_share_link() {
    if let Some(input) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("share-link"))
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    {
        let _ = input.focus();
        input.select();
    }
}

/// Copies `link`, and says how it went. Without the clipboard (a page
/// served over plain http) or when copying fails, the link stays selected
/// in its field for copying by hand.
fn copy(link: &str, on_notice: Callback<Notice>) {
    let Some(promise) = clipboard_write(link) else {
        select_share_link();
        on_notice.emit(Notice::new("msg.copy_failed"));
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        if !ok {
            select_share_link();
        }
        on_notice.emit(Notice::new(if ok {
            "msg.copied"
        } else {
            "msg.copy_failed"
        }));
    });
}

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
    /// Says whether the link was copied.
    pub on_notice: Callback<Notice>,
    pub on_close: Callback<()>,
}

#[function_component(ShareDialog)]
pub fn share_dialog(p: &ShareDialogProps) -> Html {
    let l = p.lang;
    let qr = qr_svg(&p.link).map(|svg| Html::from_html_unchecked(AttrValue::from(svg)));
    let copy = {
        let (link, on_notice) = (p.link.clone(), p.on_notice.clone());
        Callback::from(move |_: MouseEvent| copy(&link, on_notice.clone()))
    };
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
                if let Some(b) = window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("share"))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
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
            let active = window()
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
                <h2 id="share-title">{ l.t("share.heading") }</h2>
                <p>{ l.t("share.help") }</p>
                <div class="share-link">
                    <input id="share-link" type="text" readonly=true value={p.link.clone()}
                        aria-label={l.t("share.heading")} ref={first} />
                    <button id="copy-link" onclick={copy}>{ l.t("share.copy_link") }</button>
                </div>
                if let Some(qr) = qr {
                    <div class="qr" id="share-qr">{ qr }</div>
                }
                <button class="close" onclick={close} ref={last}>{ l.t("common.close") }</button>
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
