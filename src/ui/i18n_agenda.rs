//! The agenda's strings (favourites, notes, calendar, sharing, what changed), as a typed table
//! like `i18n.rs`: one struct, one constant per language.

use crate::domain::changes::Summary;
use crate::domain::Lang;

pub struct AgendaText {
    /// The star's words: what it does now (the state is its sign, ☆ or ★, and these words).
    pub star_add: &'static str,
    pub star_remove: &'static str,
    /// Takes back the removal just made on the agenda page.
    pub undo: &'static str,
    pub added: fn(&str) -> String,
    pub removed: fn(&str) -> String,
    pub notice_set_aside: fn(Option<&str>) -> String,
    pub notice_newer: &'static str,
    pub notice_not_saved: &'static str,
    pub dismiss: &'static str,
    pub empty_title: &'static str,
    pub empty_text: &'static str,
    pub browse: &'static str,
    pub count: fn(usize) -> String,
    pub free_time: fn(i64) -> String,
    pub overlap: fn(&str, &str) -> String,
    /// Between two sessions: the walk from the first (its title), in minutes, longer than the
    /// minutes between them; step-free or not.
    pub tight: fn(&str, u32, i64, bool) -> String,
    pub no_step_free_way: fn(&str) -> String,
    pub step_free_pref: &'static str,
    pub walks_unknown: &'static str,
    pub my_note: &'static str,
    pub note_label: &'static str,
    pub note_help: &'static str,
    pub unknown_title: &'static str,
    pub unknown_text: &'static str,
    pub remove: &'static str,
    pub absent_elsewhere: fn(&str) -> String,
    pub absent_removed: &'static str,
    pub changes_title: &'static str,
    pub changes_summary: fn(Summary) -> String,
    pub changes_ack: &'static str,
    pub change_time: fn(&str) -> String,
    pub change_space: fn(&str) -> String,
    pub change_cancelled: &'static str,
    pub change_gone: &'static str,
    pub see_agenda: &'static str,
    pub calendar_title: &'static str,
    pub calendar_all: &'static str,
    pub calendar_one: &'static str,
    pub calendar_help: &'static str,
    pub reminder_label: &'static str,
    pub reminder_none: &'static str,
    pub reminder_minutes: fn(u32) -> String,
    pub downloaded: fn(&str) -> String,
    pub share_title: &'static str,
    pub share_text: &'static str,
    pub share_link_label: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    /// The button that opens the device's share sheet, where it has one.
    pub share_native: &'static str,
    pub qr_label: &'static str,
    pub shared_title: &'static str,
    pub shared_intro: fn(usize) -> String,
    pub add_all: &'static str,
    pub replace: &'static str,
    pub replace_confirm: fn(usize) -> String,
    pub replace_yes: &'static str,
    pub cancel: &'static str,
    pub merged: fn(usize) -> String,
    pub replaced: &'static str,
    pub shared_missing_title: &'static str,
    pub shared_missing_text: &'static str,
    /// Sessions of the shared agenda this programme does not have, counted (the link's marks
    /// do not name them).
    pub shared_unnamed: fn(usize) -> String,
    pub bad_not_a_code: &'static str,
    pub bad_version: &'static str,
    pub bad_damaged: &'static str,
    pub bad_too_long: &'static str,
    pub ask_again: &'static str,
    pub conflicts_title: &'static str,
}

/// "1 h 15", "45 min", "2 h".
fn span(minutes: i64) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m:02}"),
    }
}

pub const FR: AgendaText = AgendaText {
    star_add: "Ajouter à mon agenda",
    star_remove: "Retirer de mon agenda",
    undo: "Annuler",
    added: |t| format!("« {t} » ajoutée à votre agenda."),
    removed: |t| format!("« {t} » retirée de votre agenda."),
    notice_set_aside: |key| match key {
        Some(key) => format!("Votre agenda enregistré sur cet appareil n'a pas pu être lu. Rien n'est effacé : il est mis de côté dans le stockage du navigateur (clé « {key} »). Vous repartez d'un agenda vide."),
        None => "Votre agenda enregistré sur cet appareil n'a pas pu être lu, ni mis de côté (stockage plein). Il n'est pas effacé pour autant. Vous repartez d'un agenda vide.".into(),
    },
    notice_newer: "Votre agenda a été enregistré par une version plus récente de l'application : il est gardé tel quel. Rechargez la page pour obtenir cette version ; d'ici là, vos changements ne sont pas enregistrés.",
    notice_not_saved: "Votre agenda ne peut pas être enregistré sur cet appareil (stockage plein ou navigation privée). Il reste valable tant que cette page est ouverte : ajoutez-le à votre calendrier ou partagez-le pour le garder.",
    dismiss: "Fermer",
    empty_title: "Votre agenda est vide",
    empty_text: "Dans le programme, touchez « ☆ Ajouter à mon agenda » sur une session pour l'ajouter ici. Votre agenda reste sur cet appareil, sans compte : vous pourrez l'ajouter à votre calendrier ou le partager.",
    browse: "Parcourir le programme",
    count: |n| match n { 1 => "1 session dans votre agenda".into(), n => format!("{n} sessions dans votre agenda") },
    free_time: |m| match m {
        0 => "Enchaînement direct".into(),
        m if m < 0 => format!("Chevauchement de {}", span(-m)),
        m => format!("Temps libre : {}", span(m)),
    },
    overlap: |title, when| format!("En même temps que « {title} » ({when}). Vous ne pourrez suivre que l'une des deux."),
    tight: |from, walk, gap, step_free| {
        let walk = format!("Environ {walk} min à pied{} depuis « {from} »", if step_free { ", sans marches," } else { "" });
        match gap {
            0 => format!("{walk} : prévoyez de partir un peu avant la fin."),
            gap => format!("{walk}, pour {gap} min entre les deux : prévoyez de partir un peu avant la fin."),
        }
    },
    no_step_free_way: |room| format!("Pas d'accès sans marches à « {room} » : on n'y arrive que par des marches. Demandez à l'accueil une solution adaptée."),
    step_free_pref: "Mes trajets sans marches (ascenseurs uniquement)",
    walks_unknown: "Le plan du stade n'a pas pu être lu : les temps de marche entre les salles ne sont pas comptés.",
    my_note: "Ma note",
    note_label: "Ma note sur cette session",
    note_help: "Gardée sur cet appareil avec votre agenda, enregistrée pendant que vous écrivez.",
    unknown_title: "Sessions absentes de ce programme",
    unknown_text: "Ces sessions de votre agenda ne sont pas dans ce programme : retirées depuis, ou venues d'un autre programme ouvert dans ce navigateur. Elles restent ici jusqu'à ce que vous les retiriez.",
    remove: "Retirer",
    absent_elsewhere: |event| format!("dans un autre programme : {event}"),
    absent_removed: "retirée du programme",
    changes_title: "Ce qui a changé pour vous",
    changes_summary: |s| {
        let mut parts = Vec::new();
        match s.moved { 0 => {}, 1 => parts.push("1 de vos sessions a changé d'horaire ou de salle".to_owned()), n => parts.push(format!("{n} de vos sessions ont changé d'horaire ou de salle")) }
        match s.cancelled { 0 => {}, 1 => parts.push("1 est annulée".to_owned()), n => parts.push(format!("{n} sont annulées")) }
        match s.gone { 0 => {}, 1 => parts.push("1 n'est plus au programme".to_owned()), n => parts.push(format!("{n} ne sont plus au programme")) }
        format!("Le programme a été mis à jour : {}.", parts.join(", "))
    },
    changes_ack: "J'ai vu ces changements",
    change_time: |was| format!("Horaire changé (avant : {was})"),
    change_space: |was| format!("Salle changée (avant : {was})"),
    change_cancelled: "Annulée depuis votre dernière visite",
    change_gone: "N'est plus au programme",
    see_agenda: "Voir mon agenda",
    calendar_title: "Ajouter à mon calendrier",
    calendar_all: "Télécharger tout mon agenda (.ics)",
    calendar_one: "Ajouter à mon calendrier (.ics)",
    calendar_help: "Le fichier s'ouvre avec l'application de calendrier de votre téléphone ou de votre ordinateur.",
    reminder_label: "Rappel",
    reminder_none: "Aucun",
    reminder_minutes: |m| format!("{m} min avant"),
    downloaded: |name| format!("Fichier « {name} » téléchargé."),
    share_title: "Partager mon agenda",
    share_text: "Ce lien contient la liste de vos sessions, pas vos notes. La personne qui l'ouvre voit votre agenda et peut l'ajouter au sien ; rien ne passe par un serveur.",
    share_link_label: "Lien de partage",
    copy: "Copier le lien",
    copied: "Lien copié.",
    share_native: "Partager…",
    qr_label: "QR code du lien de partage, à scanner avec un autre téléphone",
    shared_title: "Agenda partagé",
    shared_intro: |n| match n { 1 => "On vous a partagé 1 session. Cet agenda est en lecture seule : vous pouvez l'ajouter au vôtre, ou remplacer le vôtre.".into(), n => format!("On vous a partagé {n} sessions. Cet agenda est en lecture seule : vous pouvez l'ajouter au vôtre, ou remplacer le vôtre.") },
    add_all: "Ajouter à mon agenda",
    replace: "Remplacer mon agenda",
    replace_confirm: |n| match n { 0 => "Remplacer votre agenda (il est vide) ?".into(), 1 => "Remplacer votre agenda ? Votre session actuelle en sera retirée (vos notes restent).".into(), n => format!("Remplacer votre agenda ? Vos {n} sessions actuelles en seront retirées (vos notes restent).") },
    replace_yes: "Oui, remplacer",
    cancel: "Annuler",
    merged: |n| match n { 0 => "Ces sessions étaient déjà toutes dans votre agenda.".into(), 1 => "1 session ajoutée à votre agenda.".into(), n => format!("{n} sessions ajoutées à votre agenda.") },
    replaced: "Votre agenda est remplacé par l'agenda partagé.",
    shared_missing_title: "Sessions que ce programme n'a plus",
    shared_missing_text: "Ces sessions de l'agenda partagé ne sont plus au programme ; elles ne seront pas ajoutées :",
    shared_unnamed: |n| match n { 1 => "1 session de l'agenda partagé n'a pas été retrouvée dans ce programme ; elle ne sera pas ajoutée.".into(), n => format!("{n} sessions de l'agenda partagé n'ont pas été retrouvées dans ce programme ; elles ne seront pas ajoutées.") },
    bad_not_a_code: "Ce lien de partage ne contient pas d'agenda : il a sans doute été coupé en route.",
    bad_version: "Ce lien a été créé par une version plus récente de l'application. Rechargez la page, puis rouvrez le lien.",
    bad_damaged: "Ce lien de partage est incomplet ou a été modifié : son contenu ne correspond plus à sa somme de contrôle.",
    bad_too_long: "Ce lien est bien trop long pour être un agenda partagé : il n'est pas lu.",
    ask_again: "Demandez à la personne de vous le renvoyer, ou de vous montrer son QR code.",
    conflicts_title: "Attention",
};

pub const EN: AgendaText = AgendaText {
    star_add: "Add to my agenda",
    star_remove: "Remove from my agenda",
    undo: "Undo",
    added: |t| format!("“{t}” added to your agenda."),
    removed: |t| format!("“{t}” removed from your agenda."),
    notice_set_aside: |key| match key {
        Some(key) => format!("The agenda saved on this device could not be read. Nothing has been deleted: it has been set aside in the browser's storage (key “{key}”). You are starting again with an empty agenda."),
        None => "The agenda saved on this device could not be read, nor set aside (storage full). It has not been deleted. You are starting again with an empty agenda.".into(),
    },
    notice_newer: "Your agenda was saved by a newer version of the app: it is kept as it is. Reload the page to get that version; until then, your changes are not saved.",
    notice_not_saved: "Your agenda cannot be saved on this device (storage full or private browsing). It lasts as long as this page is open: add it to your calendar or share it to keep it.",
    dismiss: "Dismiss",
    empty_title: "Your agenda is empty",
    empty_text: "In the programme, tap “☆ Add to my agenda” on a session to add it here. Your agenda stays on this device, with no account: you can add it to your calendar or share it.",
    browse: "Browse the programme",
    count: |n| match n { 1 => "1 session in your agenda".into(), n => format!("{n} sessions in your agenda") },
    free_time: |m| match m {
        0 => "Back to back".into(),
        m if m < 0 => format!("Overlap of {}", span(-m)),
        m => format!("Free time: {}", span(m)),
    },
    overlap: |title, when| format!("At the same time as “{title}” ({when}). You can only attend one of them."),
    tight: |from, walk, gap, step_free| {
        let walk = format!("About a {walk}-minute{} walk from “{from}”", if step_free { " step-free" } else { "" });
        match gap {
            0 => format!("{walk}: plan to leave a little before the end."),
            gap => format!("{walk}, with {gap} min in between: plan to leave a little before the end."),
        }
    },
    no_step_free_way: |room| format!("No step-free access to “{room}”: it is reached by steps only. Ask at the welcome desk for another arrangement."),
    step_free_pref: "Step-free walks between sessions (lifts only)",
    walks_unknown: "The stadium map could not be read: walking times between rooms are not included.",
    my_note: "My note",
    note_label: "My note on this session",
    note_help: "Kept on this device with your agenda, saved as you type.",
    unknown_title: "Sessions not in this programme",
    unknown_text: "These sessions in your agenda are not in this programme: either removed since, or from another programme opened in this browser. They stay here until you remove them.",
    remove: "Remove",
    absent_elsewhere: |event| format!("in another programme: {event}"),
    absent_removed: "removed from the programme",
    changes_title: "What changed for you",
    changes_summary: |s| {
        let mut parts = Vec::new();
        match s.moved { 0 => {}, 1 => parts.push("1 of your sessions changed time or room".to_owned()), n => parts.push(format!("{n} of your sessions changed time or room")) }
        match s.cancelled { 0 => {}, 1 => parts.push("1 is cancelled".to_owned()), n => parts.push(format!("{n} are cancelled")) }
        match s.gone { 0 => {}, 1 => parts.push("1 is no longer in the programme".to_owned()), n => parts.push(format!("{n} are no longer in the programme")) }
        format!("The programme was updated: {}.", parts.join(", "))
    },
    changes_ack: "I have seen these changes",
    change_time: |was| format!("Time changed (was {was})"),
    change_space: |was| format!("Room changed (was {was})"),
    change_cancelled: "Cancelled since your last visit",
    change_gone: "No longer in the programme",
    see_agenda: "See my agenda",
    calendar_title: "Add to my calendar",
    calendar_all: "Download my whole agenda (.ics)",
    calendar_one: "Add to my calendar (.ics)",
    calendar_help: "The file opens in the calendar app of your phone or computer.",
    reminder_label: "Reminder",
    reminder_none: "None",
    reminder_minutes: |m| format!("{m} min before"),
    downloaded: |name| format!("File “{name}” downloaded."),
    share_title: "Share my agenda",
    share_text: "This link holds the list of your sessions, not your notes. Whoever opens it sees your agenda and can add it to theirs; nothing goes through a server.",
    share_link_label: "Share link",
    copy: "Copy the link",
    copied: "Link copied.",
    share_native: "Share…",
    qr_label: "QR code of the share link, to scan with another phone",
    shared_title: "Shared agenda",
    shared_intro: |n| match n { 1 => "Someone shared 1 session with you. This agenda is read-only: you can add it to yours, or replace yours.".into(), n => format!("Someone shared {n} sessions with you. This agenda is read-only: you can add it to yours, or replace yours.") },
    add_all: "Add to my agenda",
    replace: "Replace my agenda",
    replace_confirm: |n| match n { 0 => "Replace your agenda (it is empty)?".into(), 1 => "Replace your agenda? Your current session will be removed from it (your notes stay).".into(), n => format!("Replace your agenda? Your {n} current sessions will be removed from it (your notes stay).") },
    replace_yes: "Yes, replace",
    cancel: "Cancel",
    merged: |n| match n { 0 => "These sessions were all in your agenda already.".into(), 1 => "1 session added to your agenda.".into(), n => format!("{n} sessions added to your agenda.") },
    replaced: "Your agenda has been replaced by the shared one.",
    shared_missing_title: "Sessions this programme no longer has",
    shared_missing_text: "These sessions from the shared agenda are no longer in the programme and will not be added:",
    shared_unnamed: |n| match n { 1 => "1 session from the shared agenda could not be found in this programme and will not be added.".into(), n => format!("{n} sessions from the shared agenda could not be found in this programme and will not be added.") },
    bad_not_a_code: "This share link has no agenda in it: it was probably cut short on the way.",
    bad_version: "This link was made by a newer version of the app. Reload the page, then open the link again.",
    bad_damaged: "This share link is incomplete or was changed: its content no longer matches its checksum.",
    bad_too_long: "This link is far too long to be a shared agenda, so it has not been opened.",
    ask_again: "Ask the person to send it again, or to show you their QR code.",
    conflicts_title: "Watch out",
};

pub fn agenda_text(lang: Lang) -> &'static AgendaText {
    lang.pick(&FR, &EN)
}
