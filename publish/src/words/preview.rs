//! The first view's words: its heading, its notice, and how it counts what it leaves out.

use nec_compagnon::domain::Lang;

pub struct PreviewWords {
    pub heading: &'static str,
    pub status: &'static str,
    /// Before the speakers' names.
    pub with: &'static str,
    pub cancelled: &'static str,
    /// The sessions of the day the first view leaves to the app.
    pub more: fn(usize) -> String,
}

pub fn preview_words(lang: Lang) -> &'static PreviewWords {
    lang.pick(&FR, &EN)
}

pub const FR: PreviewWords = PreviewWords {
    heading: "Programme",
    status: "Aperçu du programme : l'application se charge, la recherche, les filtres et votre \
             agenda arrivent avec elle.",
    with: "Avec",
    cancelled: "Annulée",
    more: |n| match n {
        1 => "… et 1 autre session ce jour-là, qui s'affiche avec l'application.".into(),
        n => format!("… et {n} autres sessions ce jour-là, qui s'affichent avec l'application."),
    },
};

pub const EN: PreviewWords = PreviewWords {
    heading: "Programme",
    status: "A preview of the programme: the app is loading, and search, filters and your \
             agenda will come with it.",
    with: "With",
    cancelled: "Cancelled",
    more: |n| match n {
        1 => "… and 1 more session that day, shown once the app has loaded.".into(),
        n => format!("… and {n} more sessions that day, shown once the app has loaded."),
    },
};
