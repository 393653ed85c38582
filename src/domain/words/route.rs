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
    arrived: |name| format!("Vous êtes arrivé : {name}"),
};

pub const EN: RouteWords = RouteWords {
    straight_first: "Walk straight ahead",
    straight: "Carry straight on",
    left: "Then turn left",
    right: "Then turn right",
    back: "Turn back",
    towards: |name| format!(" to: {name}"),
    lift: |level| format!("Take the lift to {level}"),
    stairs_up: |level| format!("Go up the stairs to {level}"),
    stairs_down: |level| format!("Go down the stairs to {level}"),
    arrived: |name| format!("You have arrived: {name}"),
};
