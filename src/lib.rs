//! NEC Compagnon: the plain-Rust domain, and in the WASM build the browser edge and the views.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod edge;
#[cfg(target_arch = "wasm32")]
pub mod ui;
