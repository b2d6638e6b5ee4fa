//! The storage banner: tells the runner plainly when their data cannot be saved or read,
//! and what Backtrack did about it. Shown above every page by [`crate::storage::start`].

use backtrack_core::progress::store::Notice;
use backtrack_core::Route;
use leptos::prelude::*;

use crate::components::actions;
use crate::components::markup::Html;
use crate::storage::Saved;

crate::page_actions! {
    /// The notices' button.
    pub enum NoticeAction {
        /// Hide the notice with this index (until the page is reloaded).
        Hide(u32) = "hide",
    }
}

/// Every storage notice that has not been hidden, each with what to do next.
///
/// The region is always in the page and polite, so a notice that appears later (a save
/// that failed) is read out by screen readers. The notices are markup (see
/// `components::markup`) with one delegated listener for "hide".
#[component]
pub fn StorageNotice(
    /// The saved data whose notices to show.
    saved: Saved,
) -> impl IntoView {
    // Hidden notices, one bit per notice.
    let hidden = RwSignal::new(0u32);
    let markup = move || saved.notices.with(|n| notices_html(n, hidden.get()));
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(NoticeAction::Hide(i)) = actions::clicked::<NoticeAction>(&ev) {
            hidden.update(|h| *h |= 1 << i.min(31));
        }
    };
    view! { <div class="storage-notices" role="status" on:click=on_click inner_html=markup></div> }
}

/// The notices not hidden (bit `i` hides notice `i`), as markup.
pub fn notices_html(notices: &[Notice], hidden: u32) -> String {
    let mut h = Html::new();
    for (i, notice) in notices.iter().enumerate() {
        if hidden & (1 << i.min(31)) != 0 {
            continue;
        }
        h.open("div", "storage-notice")
            .el("p", "", &message(notice))
            .open("p", "storage-notice-actions")
            .link(&Route::YourData.to_hash(), "Your data");
        // At most 32 notices can be hidden (one bit each); there are never that many.
        let index = u32::try_from(i).unwrap_or(u32::MAX);
        actions::button(
            &mut h,
            "link-button",
            &NoticeAction::Hide(index),
            &["Hide this message"],
        );
        h.close("p").close("div");
    }
    h.into_string()
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
        Notice::TooBig { problem } => {
            let mut s = String::from("Backtrack did not save your last change, because your data would then be too big to read back. ");
            s.push_str(problem);
            s.push_str(" Nothing saved before was lost. Your changes stay in this tab until you close it: download your data from Your data to keep them, then delete old entries you no longer need.");
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::actions::Action;

    #[test]
    fn notices_name_the_problem_and_can_be_hidden() {
        let notices = vec![
            Notice::Unavailable,
            Notice::Unreadable {
                problem: "The file is not a JSON file: on line 1, <x>.".into(),
                backup: Some("backtrack.backup.1".into()),
            },
        ];
        let html = notices_html(&notices, 0);
        assert!(html.contains("not letting Backtrack save anything"));
        assert!(html.contains("could not be read") && html.contains("&lt;x&gt;"));
        assert!(html.contains("data-act=\"hide\" data-id=\"1\""));
        assert_eq!(crate::components::markup::check_balanced(&html), Ok(()));
        let hide = NoticeAction::Hide(1);
        assert_eq!(NoticeAction::decode(hide.verb(), &hide.arg()), Some(hide));
        assert_eq!(notices_html(&notices, 0b11), "");
    }
}
