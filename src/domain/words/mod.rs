//! Every sentence the domain says, as typed tables (one struct per area, one `const FR` and one
//! `const EN`, chosen by `Lang::pick`), as the views' are in `ui::i18n`: a missing line does
//! not compile. They live together, apart from the logic, so that a translator reads them in
//! one place and the logic files read as logic.

pub mod calendar;
pub mod counts;
pub mod place;
pub mod problem;
pub mod query;
pub mod route;
pub mod text;
pub mod time;
