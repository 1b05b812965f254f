//! "Keep a copy of your plans": shown when some plan has changes in no download and nothing has
//! been downloaded for a week, because some browsers clear a site's storage after seven days
//! without a visit.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::i18n::use_text;
use crate::routes::Route;
use crate::state::{use_keeper, use_plan_book};

#[component]
pub fn BackupReminder() -> Html {
    let text = use_text();
    let (Some(book), Some(keeper), Some(now)) =
        (use_plan_book(), use_keeper(), crate::clock::now())
    else {
        return html! {};
    };
    let due = keeper.with(|device| device.backup_note().remind(&book.revisions, now));
    if !due {
        return html! {};
    }
    html! {
        <div class="govuk-inset-text">
            <p class="govuk-body">{ text.get("reminder-body") }</p>
            <p class="govuk-body govuk-!-margin-bottom-0">
                <RouteLink to={Route::Backup} class="govuk-link">{ text.get("reminder-link") }</RouteLink>
            </p>
        </div>
    }
}
