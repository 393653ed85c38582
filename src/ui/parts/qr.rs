//! A QR code drawn as SVG.

use leptos::prelude::*;

/// A QR code drawn as SVG: one path, dark modules on a light square, whatever the theme.
#[component]
pub fn QrCode(text: String, label: &'static str) -> impl IntoView {
    use qrcode::{Color, EcLevel, QrCode};
    let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L) else {
        return None;
    };
    let width = code.width();
    let quiet = 4;
    let colours = code.to_colors();
    let mut path = String::with_capacity(colours.len() * 4);
    for (k, colour) in colours.iter().enumerate() {
        if *colour == Color::Dark {
            let (x, y) = (k % width + quiet, k / width + quiet);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    let size = width + 2 * quiet;
    Some(view! {
        <svg class="qr" role="img" aria-label=label viewBox=format!("0 0 {size} {size}")
            shape-rendering="crispEdges" data-modules=width.to_string()>
            <rect width=size.to_string() height=size.to_string() fill="#fff"/>
            <path d=path fill="#000"/>
        </svg>
    })
}
