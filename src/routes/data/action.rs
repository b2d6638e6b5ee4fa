//! What the "Your data" page's buttons do, each verb written once.

crate::page_actions! {
    /// A button in the list of kept copies of unreadable data.
    pub enum BackupAction {
        /// Download the kept copy with this storage key.
        Download(String) = "download",
        /// Download the unreadable data that could not be copied (there is only one).
        DownloadUnkept = "download-unkept",
        /// Delete the kept copy with this storage key.
        Delete(String) = "delete-backup",
    }
}

crate::page_actions! {
    /// A button of "Delete everything".
    pub enum DeleteAllAction {
        /// Ask whether to delete everything.
        Ask = "ask",
        /// "Yes, delete everything".
        Confirm = "yes",
        /// "Cancel".
        Cancel = "no",
    }
}
