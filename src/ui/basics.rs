//! What every view uses: the page's language, texts in it, places, links that keep the
//! app's parameters (and the map's addresses), page titles, the ticking clock, and the first
//! drawing in steps behind the start screen.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::model::{Localised, Space};
use crate::domain::Lang;
use crate::ui::i18n::strings;

/// A localised text as a page in `page` shows it, with the `lang` attribute of the element that
/// holds it: none when the text is in the page's language, `fr` for a French fallback on an
/// English page (WCAG 3.1.2).
pub fn in_page(text: &Localised, page: Lang) -> (String, Option<&'static str>) {
    let (words, written) = text.with_lang(page);
    (words.to_owned(), (written != page).then(|| written.code()))
}

/// Where a session takes place, as cards, the agenda and Maintenant write it: "Salon Artois ·
/// niveau 1".
pub fn place(space: &Space, lang: Lang) -> String {
    format!(
        "{} · {}",
        space.name.get(lang),
        (strings(lang).level)(space.level)
    )
}

/// How many parts of the first page are still being drawn behind index.html's start screen, a
/// few at a time, each in a task of its own (`edge::clock::next_task`): the start screen goes
/// once there are none left, so the page appears whole; between two parts the browser can
/// answer a tap or paint, instead of waiting for the whole drawing. Given by `app::App`.
#[derive(Clone, Copy)]
pub struct FirstDrawing(pub RwSignal<usize>);

impl FirstDrawing {
    /// Draws `steps` parts, one per task, while the start screen is up; at once otherwise.
    /// `step(i)` draws the parts up to `i` (1, 2, …, `steps`; only `steps` when at once), and
    /// returns false when there is nothing left to draw them in (the page is gone).
    pub fn by_steps(steps: usize, step: impl Fn(usize) -> bool + 'static) {
        let Some(pending) = Self::counting() else {
            step(steps);
            return;
        };
        pending.update(|n| *n += 1);
        leptos::task::spawn_local(async move {
            for i in 1..=steps {
                crate::edge::clock::next_task().await;
                if !step(i) {
                    break;
                }
            }
            pending.try_update(|n| *n -= 1);
        });
    }

    /// While the start screen is up, counts as a part still to draw until `done()` is true
    /// (or until the caller is gone): the map, which waits for its own file.
    pub fn wait_for(done: impl Fn() -> bool + Send + Sync + 'static) {
        let Some(pending) = Self::counting() else {
            return;
        };
        pending.update(|n| *n += 1);
        let counted = StoredValue::new(true);
        let release = move || {
            if counted.try_get_value() == Some(true) {
                counted.try_set_value(false);
                pending.try_update(|n| *n -= 1);
            }
        };
        Effect::new(move |_| {
            if done() {
                release();
            }
        });
        on_cleanup(release);
    }

    /// The count of parts still to draw, while the start screen is up and the app counts them.
    fn counting() -> Option<RwSignal<usize>> {
        use_context::<FirstDrawing>()
            .filter(|_| crate::edge::document::start_screen_up())
            .map(|FirstDrawing(pending)| pending)
    }
}

/// Its children, drawn in a later task than the rest while the start screen is up
/// (`FirstDrawing`), at once otherwise.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    FirstDrawing::by_steps(1, move |_| ready.try_set(true).is_none());
    move || ready.get().then(|| children())
}

/// The app's own parameters (`source::KEPT`) of the address as the router sees it, provided
/// by `app::KeepParams` for every page. The browser's address bar can lag behind the router
/// while a page is drawn, so links read these.
#[derive(Clone, Copy)]
pub struct KeptParams(pub Memo<Vec<(&'static str, String)>>);

/// The address of another page of the app (`/session/s-12`, `/plan?espace=artois`) keeping the
/// app's own parameters of the current address: a person who opened another programme, or a
/// demonstration at a given moment, stays on it from page to page, after a reload and in a link
/// passed on. Not tracked: a link drawn once reads `KeptParams` itself (`app::PageLink`).
///
/// The address is under the path the app is served from (`source::BASE`): for `<a href>`, the
/// router's `<A href>` (which does not add the base to an absolute path), and `navigate` with
/// `resolve: false` (which would).
pub fn link(target: &str) -> String {
    link_dropping(target, None)
}

/// `link`, without one of the app's parameters: "Heure réelle" leaves a simulated moment.
pub fn link_dropping(target: &str, dropped: Option<&str>) -> String {
    crate::domain::source::based(&from_root(target, dropped))
}

/// `link_dropping` from the app's root, before the base is added.
fn from_root(target: &str, dropped: Option<&str>) -> String {
    let kept = use_context::<KeptParams>()
        .map(|k| k.0.get_untracked())
        .unwrap_or_else(crate::edge::location::kept_params);
    let kept: Vec<(&str, &str)> = kept
        .iter()
        .filter(|(name, _)| Some(*name) != dropped)
        .map(|(name, value)| (*name, value.as_str()))
        .collect();
    crate::domain::source::keeping(target, &kept)
}

/// The window's title follows the page (WCAG 2.4.2): "Programme · NEC 2022", a session's
/// title, a speaker's name…, then the event's short name (the app's own until the programme is
/// read). It is what a screen reader says on arriving, and what the tabs and the history list
/// show.
pub fn page_title(title: impl Fn() -> String + 'static) {
    let data = use_context::<crate::ui::data::ProgrammeResource>();
    Effect::new(move |_| {
        let name = app_name(data);
        crate::edge::document::set_title(&format!("{} · {name}", title()))
    });
}

/// The app's own name, in every language: the "À propos" page and the accessibility statement
/// name it; the event's name stands for it elsewhere once the programme is read.
pub const APP_NAME: &str = "NEC Compagnon";

/// What the app is called: the event's short name once its programme is read ("NEC 2022", a
/// local NEC's own), else "NEC Compagnon".
pub fn app_name(data: Option<crate::ui::data::ProgrammeResource>) -> String {
    data.and_then(|d| d.get())
        .and_then(Result::ok)
        .map_or_else(|| APP_NAME.to_owned(), |p| p.event().short().to_owned())
}

/// The language chosen for the interface (French unless the app says otherwise).
pub fn use_lang() -> Signal<Lang> {
    use_context::<RwSignal<Lang>>()
        .map(Signal::from)
        .unwrap_or_else(|| Signal::stored(Lang::Fr))
}

/// The app's clock, read again every 30 s while the view that asked for it stays open.
pub fn ticking_now(zone: jiff::tz::TimeZone) -> ReadSignal<jiff::Timestamp> {
    let (now, set_now) = signal(crate::edge::clock::now(&zone));
    let tick = set_interval_with_handle(
        move || set_now.set(crate::edge::clock::now(&zone)),
        std::time::Duration::from_secs(30),
    );
    if let Ok(handle) = tick {
        on_cleanup(move || handle.clear());
    }
    now
}

/// A link of the header or the footer, drawn once: its address follows the app's own parameters
/// of the current address (`ui::link`), which the "Maintenant" form can change.
#[component]
pub fn PageLink(
    to: &'static str,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let href = move || {
        use_context::<KeptParams>().inspect(|k| k.0.track());
        link(to)
    };
    view! { <A href=href attr:class=(!class.is_empty()).then_some(class)>{children()}</A> }
}
