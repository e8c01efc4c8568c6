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
    html! {
        <div class="dialog-backdrop">
            <div class="dialog share" role="dialog" aria-modal="true" aria-labelledby="share-title">
                <h2 id="share-title">{ l.t("share_heading") }</h2>
                <p>{ l.t("share_help") }</p>
                <div class="share-link">
                    <input id="share-link" type="text" readonly=true value={p.link.clone()}
                        aria-label={l.t("share_heading")} />
                    <button id="copy-link" onclick={copy}>{ l.t("copy_link") }</button>
                </div>
                if let Some(qr) = qr {
                    <div class="qr" id="share-qr">{ qr }</div>
                }
                <button class="close" onclick={close} autofocus=true>{ l.t("close") }</button>
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
