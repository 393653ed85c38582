//! A route's instructions in words: each turn, each change of level, the arrival.

use crate::domain::Lang;

pub struct RouteWords {
    /// The first step, straight on.
    pub straight_first: &'static str,
    pub straight: &'static str,
    pub left: &'static str,
    pub right: &'static str,
    pub back: &'static str,
    /// After a walk's length, the named place it leads to.
    pub towards: fn(&str) -> String,
    /// Each takes the level's name.
    pub lift: fn(&str) -> String,
    pub stairs_up: fn(&str) -> String,
    pub stairs_down: fn(&str) -> String,
    /// Takes the space's name.
    pub arrived: fn(&str) -> String,
}

pub fn route_words(lang: Lang) -> &'static RouteWords {
    lang.pick(&FR, &EN)
}

pub const FR: RouteWords = RouteWords {
    straight_first: "Avancez tout droit",
    straight: "Continuez tout droit",
    left: "Puis à gauche",
    right: "Puis à droite",
    back: "Faites demi-tour",
    towards: |name| format!(" jusqu'à : {name}"),
    lift: |level| format!("Prenez l'ascenseur jusqu'au {level}"),
    stairs_up: |level| format!("Montez l'escalier jusqu'au {level}"),
    stairs_down: |level| format!("Descendez l'escalier jusqu'au {level}"),
    arrived: |name| format!("Arrivée : {name}"),
};

pub const EN: RouteWords = RouteWords {
    straight_first: "Walk straight ahead",
    straight: "Carry straight on",
    left: "Then turn left",
    right: "Then turn right",
    back: "Turn back",
    towards: |name| format!(" to {name}"),
    lift: |level| format!("Take the lift to {}", floor(level)),
    stairs_up: |level| format!("Go up the stairs to {}", floor(level)),
    stairs_down: |level| format!("Go down the stairs to {}", floor(level)),
    arrived: |name| format!("Arrive at {name}"),
};

/// "the ground floor", but "level 1": English puts "the" before a level without a number.
fn floor(level: &str) -> String {
    if level.ends_with(|c: char| c.is_ascii_digit()) {
        level.to_owned()
    } else {
        format!("the {level}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_says_the_ground_floor_but_level_1() {
        assert_eq!(
            (EN.lift)("ground floor"),
            "Take the lift to the ground floor"
        );
        assert_eq!((EN.stairs_up)("level 1"), "Go up the stairs to level 1");
        assert_eq!(
            (FR.lift)("rez-de-chaussée"),
            "Prenez l'ascenseur jusqu'au rez-de-chaussée"
        );
    }
}
