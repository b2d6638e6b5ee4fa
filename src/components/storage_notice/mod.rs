//! The storage banner: tells the runner plainly when their data cannot be saved or read,
//! and what Backtrack did about it. Shown above every page by [`crate::storage::start`].

use backtrack_core::progress::store::Notice;
use backtrack_core::Route;
use leptos::prelude::*;

use crate::storage::Saved;

/// Every storage notice that has not been hidden, each with what to do next.
///
/// The region is always in the page and polite, so a notice that appears later (a save
/// that failed) is read out by screen readers.
#[component]
pub fn StorageNotice(
    /// The saved data whose notices to show.
    saved: Saved,
) -> impl IntoView {
    let hidden = RwSignal::new(Vec::<Notice>::new());
    let shown = move || {
        let hidden_now = hidden.get();
        saved
            .notices
            .get()
            .into_iter()
            .filter(|n| !hidden_now.contains(n))
            .map(|notice| {
                let text = message(&notice);
                let key = notice.clone();
                view! {
                    <div class="storage-notice">
                        <p>{text}</p>
                        <p class="storage-notice-actions">
                            <a href=Route::YourData.to_hash()>"Your data"</a>
                            <button
                                type="button"
                                class="link-button"
                                on:click=move |_| hidden.update(|h| h.push(key.clone()))
                            >
                                "Hide this message"
                            </button>
                        </p>
                    </div>
                }
            })
            .collect_view()
    };
    view! { <div class="storage-notices" role="status">{shown}</div> }
}

/// The notice in plain words.
pub fn message(notice: &Notice) -> String {
    match notice {
        Notice::Unavailable => "This browser is not letting Backtrack save anything (private browsing or a blocked setting can do this). You can still use the app, but what you add will be lost when you close this tab. To keep it, export your data before you close the tab.".into(),
        Notice::Unreadable { problem, backup: Some(_) } => {
            let mut s = String::from("Your saved data could not be read, so Backtrack has started afresh. An unchanged copy of it is kept on this device, and you can download it from Your data. ");
            s.push_str(problem);
            s
        }
        Notice::Unreadable { problem, backup: None } => {
            let mut s = String::from("Your saved data could not be read, and there was no room to keep a copy, so Backtrack will not save anything over it on this visit. You can download it from Your data. ");
            s.push_str(problem);
            s
        }
        Notice::PartlyUnreadable { skipped, backup } => {
            let mut s = String::new();
            backtrack_core::progress::json::push_int(&mut s, *skipped as i64);
            s.push_str(if *skipped == 1 {
                " saved item could not be read and is left out. "
            } else {
                " saved items could not be read and are left out. "
            });
            s.push_str(match backup {
                Some(_) => "An unchanged copy of all your saved data is kept on this device; you can download it from Your data.",
                None => "There was no room to keep a copy, so nothing will be saved over your data on this visit.",
            });
            s
        }
        Notice::Newer => "Your saved data comes from a newer version of Backtrack, so this copy of the app will not read or change it. Reload the page to get the newest version. Until then, nothing you add here is saved.".into(),
        Notice::SaveFailed => "Backtrack could not save your last change: the browser's storage may be full. Nothing saved before was lost. Your changes stay in this tab until you close it; export your data to keep them.".into(),
    }
}
