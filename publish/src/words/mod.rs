//! Every sentence the organisers' commands and the first view say, as typed tables (one struct
//! per area, one `const FR` and one `const EN`, chosen by `Lang::pick`), like the domain's in
//! `domain::words`: kept together, apart from the logic, so that a translator reads them in one
//! place.

pub mod commands;
pub mod preview;
pub mod sheet;
