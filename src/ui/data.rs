//! Data loading: the programme and the venue map fetched and read once, and why they could not
//! be (`DataError`, which `parts::states` shows).

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::venue::{load_venue_file, Venue};
use crate::domain::{load_programme_file, source, LoadFailure, Programme};
use crate::edge::clock;
use crate::edge::fetch::{fetch_bytes, FetchError};
use crate::edge::location::query_param;

/// Why the programme is not shown.
#[derive(Debug, Clone, PartialEq)]
pub enum DataError {
    Refused(String),
    Fetch { url: String, error: FetchError },
    Invalid(LoadFailure),
}

/// The programme as the pages see it: loading (`None`), loaded, or failed.
pub type Loaded = Result<Arc<Programme>, DataError>;

pub type ProgrammeResource = LocalResource<Loaded>;

/// Fetches and loads the programme named by the URL, or the build's default.
pub async fn load() -> Loaded {
    let requested = query_param("programme");
    let url = source::programme_url(requested.as_deref()).map_err(|r| DataError::Refused(r.0))?;
    let bytes = fetch_bytes(&url).await.map_err(|error| DataError::Fetch {
        url: url.clone(),
        error,
    })?;
    read_apart(|| load_programme_file(&bytes))
        .await
        .map(Arc::new)
        .map_err(DataError::Invalid)
}

/// Reads a fetched file in a task of its own: apart from the fetch before, and from the
/// drawing of what it holds after.
async fn read_apart<T>(read: impl FnOnce() -> T) -> T {
    clock::next_task().await;
    let read = read();
    clock::next_task().await;
    read
}

/// The venue map as the pages see it: none when the programme names no map; why it could not
/// be read otherwise (never `DataError::Refused`: its address comes from the programme).
pub type VenueLoaded = Result<Option<Arc<Venue>>, DataError>;

thread_local! {
    /// The venue map loaded last, with its URL: the map page opened again, or the agenda's
    /// walks, do not fetch and check it again. It lives as long as the page: new data is shown
    /// by reloading the page (see `worker`).
    static LAST_VENUE: std::cell::RefCell<Option<(String, Arc<Venue>)>> =
        const { std::cell::RefCell::new(None) };
}

/// Fetches and loads the venue map the programme names (`event.venue.map`), once per page.
pub async fn load_venue_for(map: Option<String>) -> VenueLoaded {
    let Some(url) = source::venue_url(map.as_deref()) else {
        return Ok(None);
    };
    let known = LAST_VENUE.with_borrow(|last| {
        last.as_ref()
            .filter(|(at, _)| *at == url)
            .map(|(_, venue)| venue.clone())
    });
    if let Some(venue) = known {
        return Ok(Some(venue));
    }
    let bytes = fetch_bytes(&url).await.map_err(|error| DataError::Fetch {
        url: url.clone(),
        error,
    })?;
    let venue = Arc::new(
        read_apart(|| load_venue_file(&bytes))
            .await
            .map_err(DataError::Invalid)?,
    );
    LAST_VENUE.set(Some((url, venue.clone())));
    Ok(Some(venue))
}
