//! What the diary page's buttons do, each verb written once.

crate::page_actions! {
    /// A button under the form.
    pub enum FormAction {
        /// Stop changing an entry: the form empties, the entry stays as it was.
        CancelEdit = "cancel",
        /// Throw away the draft brought back from an earlier visit.
        DiscardDraft = "discard",
    }
}

crate::page_actions! {
    /// A button of an entry in the list, with the entry's id.
    pub enum EntryAction {
        /// Open the entry in the form.
        Edit(i64) = "edit",
        /// Ask whether to delete the entry.
        Delete(i64) = "delete",
        /// "Yes, delete".
        ConfirmDelete(i64) = "delete-yes",
        /// "Keep it".
        KeepEntry(i64) = "delete-no",
    }
}
