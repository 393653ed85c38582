//! The page views, one per file: each draws one page from the programme (and the venue).

pub mod agenda;
pub mod map;
pub mod now;
pub mod programme;
pub mod session;
pub mod shared;
pub mod speakers;
