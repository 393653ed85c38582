//! The browser edge: the only code that talks to browser APIs. Views and the domain ask it.

pub mod clock;
pub mod document;
pub mod download;
pub mod fetch;
pub mod location;
pub mod network;
pub mod storage;
pub mod viewport;
pub mod worker;
pub mod zones;
