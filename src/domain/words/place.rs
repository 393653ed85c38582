//! How each language names a level of the venue: the views and the calendar file say it alike.

use crate::domain::Lang;

pub struct PlaceWords {
    /// "rez-de-chaussée", "niveau 1", "sous-sol 1", as the venue file names its levels.
    pub level: fn(i32) -> String,
}

pub fn place_words(lang: Lang) -> &'static PlaceWords {
    lang.pick(&FR, &EN)
}

pub const FR: PlaceWords = PlaceWords {
    level: |n| match n {
        0 => "rez-de-chaussée".into(),
        n if n < 0 => format!("sous-sol {}", -n),
        n => format!("niveau {n}"),
    },
};

pub const EN: PlaceWords = PlaceWords {
    level: |n| match n {
        0 => "ground floor".into(),
        n if n < 0 => format!("basement {}", -n),
        n => format!("level {n}"),
    },
};
