//! The foot of the screen: the notices that come after the page is drawn (a new version, new
//! data, no network), over the page and moving nothing; and the site's footer.

use leptos::prelude::*;

use crate::edge::worker;
use crate::ui::basics::{use_lang, PageLink};
use crate::ui::i18n::strings;
use crate::ui::i18n_access::access_text;

/// Told over the foot of the screen, moving nothing on the page: a new version or new data (the
/// worker says so a few seconds after the page is drawn, when a tap may be on its way), and no
/// network.
pub fn foot_notices(
    pending: RwSignal<Option<worker::Event>>,
    offline: RwSignal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    view! {
    <div class="foot-notices">
        {move || pending.get().map(|event| {
            let t = t();
            let (text, new_version) = match event {
                worker::Event::NewVersion => (t.new_version, true),
                _ => (t.new_data, false),
            };
            view! {
                <div class="notice update" role="status">
                    <p>{text}</p>
                    <button type="button" on:click=move |_| {
                        if new_version { worker::take_new_version() } else { worker::reload() }
                    }>{t.reload}</button>
                    <button type="button" class="secondary" on:click=move |_| pending.set(None)>{t.later}</button>
                </div>
            }
        })}
        {move || offline.get().then(|| {
            let t = t();
            let text = if worker::has_offline_copy() { t.offline_ready } else { t.offline_no_copy };
            view! {
                <div class="notice offline" role="status">
                    <p>{text}</p>
                    <button type="button" on:click=move |_| offline.set(false)>{t.ok}</button>
                </div>
            }
        })}
    </div>
    }
}

/// The footer: about, accessibility, and installing the app.
pub fn site_footer(can_install: RwSignal<bool>, ios: bool) -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    view! {
    <footer class="site-footer">
        <nav aria-label=move || t().footer_nav>
            <PageLink to="/a-propos">{move || t().nav_about}</PageLink>
            <PageLink to="/accessibilite">{move || access_text(lang.get()).footer_mention}</PageLink>
        </nav>
        <p class="install">
            <button type="button" hidden=move || !can_install.get()
                on:click=move |_| worker::install()>{move || t().install_app}</button>
            {ios.then(|| view! { <span class="install-ios">{move || t().install_ios}</span> })}
        </p>
    </footer>
    }
}
