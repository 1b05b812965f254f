//! "Back up or restore your plans": every plan in this window as one file, and restoring plans
//! from such a file (or a single plan file), merged by plan and revision. A file is checked
//! whole before anything changes; a plan that is newer here is replaced only when the person
//! ticks it.

use std::collections::BTreeSet;

use sds_app::restoring::{backup_file, restore_plans};
use sds_domain::keeping::backup::{
    compare, read_backup, Arrival, BackupRefused, Incoming, Restored,
};
use yew::prelude::*;

use crate::components::files::{Download, FileField, FileProblem, OpenedFile};
use crate::components::notification_banner::NotificationBanner;
use crate::components::page_heading::PageHeading;
use crate::components::warning_text::WarningText;
use crate::i18n::{use_text, Text};
use crate::keeper::save_problem;
use crate::state::{use_keeper, use_plan_book};

fn refused_message(refused: &BackupRefused, text: &Text) -> String {
    match refused {
        BackupRefused::NotJson | BackupRefused::NotABackup => text.get("restore-not-backup"),
        BackupRefused::TooNew(_) => text.get("restore-too-new"),
        BackupRefused::BadPlan(position, problem) => text.with(
            "restore-bad-plan",
            &[
                ("position", (*position).into()),
                ("problem", text.message(&problem.message()).into()),
            ],
        ),
        BackupRefused::Repeated(_) | BackupRefused::Damaged(_) => text.get("restore-damaged"),
        BackupRefused::TooLarge(exceeded) => text.with(
            "restore-too-large",
            &[("detail", text.message(&exceeded.message()).into())],
        ),
    }
}

#[component]
pub fn Backup() -> Html {
    let text = use_text();
    let book = use_plan_book();
    let keeper = use_keeper();
    let incoming = use_state(|| None::<Vec<Incoming>>);
    let replace = use_state(BTreeSet::<String>::new);
    let file_error = use_state(|| None::<String>);
    let restored = use_state(|| None::<Restored>);
    let restore_error = use_state(|| None::<String>);
    let (Some(book), Some(keeper)) = (book, keeper) else {
        return html! {};
    };
    let shelf = book.shelf();
    let now = crate::clock::now();

    // The download: from this window's plans, so a change storage refused is in it too.
    let download = (!shelf.plans.is_empty()).then(|| {
        let file = keeper.with(|device| backup_file(device, &shelf, now, crate::plans::today()));
        let noted = {
            let (keeper, revisions) = (keeper.clone(), shelf.revisions());
            // The click reaches here as it bubbles from the link, and the download goes ahead.
            Callback::from(move |_: MouseEvent| {
                let _ = keeper.with(|device| device.note_backup(&revisions));
            })
        };
        html! {
            <div onclick={noted}>
                <Download contents={file.contents} file_name={file.file_name}
                    label={text.with("backup-download", &[("count", shelf.plans.len().into())])} />
            </div>
        }
    });

    let onopen = {
        let (incoming, replace, file_error, restored, restore_error) = (
            incoming.clone(),
            replace.clone(),
            file_error.clone(),
            restored.clone(),
            restore_error.clone(),
        );
        let (text, shelf) = (text.clone(), shelf.clone());
        Callback::from(move |opened: Result<OpenedFile, FileProblem>| {
            restored.set(None);
            restore_error.set(None);
            replace.set(BTreeSet::new());
            let opened = match opened {
                Ok(opened) => opened,
                Err(problem) => {
                    incoming.set(None);
                    file_error.set(Some(text.get(problem.message_key())));
                    return;
                }
            };
            match read_backup(&opened.text) {
                Ok(entries) => {
                    file_error.set(None);
                    incoming.set(Some(compare(&shelf, entries)));
                }
                Err(refused) => {
                    incoming.set(None);
                    file_error.set(Some(refused_message(&refused, &text)));
                }
            }
        })
    };

    let preview = incoming.as_ref().map(|arriving| {
        let rows = arriving.iter().map(|item| {
            let plan = &item.entry.plan;
            let name = if plan.person.name.trim().is_empty() {
                text.get("plan-unnamed")
            } else {
                plan.person.name.trim().to_owned()
            };
            let what = match item.arrival {
                Arrival::New => text.get("restore-new"),
                Arrival::Same => text.get("restore-same"),
                Arrival::Newer { .. } => text.get("restore-newer"),
                Arrival::OlderThanHere { .. } => text.get("restore-older"),
                Arrival::Different { .. } => text.get("restore-different"),
                Arrival::ReplacesUnreadable => text.get("restore-unreadable-here"),
            };
            let choice = item.arrival.needs_choice().then(|| {
                let id = plan.id.clone();
                let field = format!("replace-{id}");
                let checked = replace.contains(&id);
                let onchange = {
                    let replace = replace.clone();
                    Callback::from(move |_: Event| {
                        let mut next = (*replace).clone();
                        if !next.remove(&id) {
                            next.insert(id.clone());
                        }
                        replace.set(next);
                    })
                };
                html! {
                    <div class="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-top-2">
                        <div class="govuk-checkboxes__item">
                            <input class="govuk-checkboxes__input" id={field.clone()} type="checkbox" {checked} {onchange} />
                            <label class="govuk-label govuk-checkboxes__label" for={field}>
                                { text.with("restore-replace", &[("name", name.clone().into())]) }
                            </label>
                        </div>
                    </div>
                }
            });
            html! {
                <div class="govuk-summary-list__row" key={plan.id.clone()}>
                    <dt class="govuk-summary-list__key">
                        { text.with("restore-plan", &[("name", name.clone().into()), ("started", text.date(plan.started_on).into())]) }
                    </dt>
                    <dd class="govuk-summary-list__value">{ what }{ choice.unwrap_or_default() }</dd>
                </div>
            }
        });
        let onclick = {
            let (incoming, replace, restored, restore_error) = (
                incoming.clone(),
                replace.clone(),
                restored.clone(),
                restore_error.clone(),
            );
            let (book, keeper, text, arriving) =
                (book.clone(), keeper.clone(), text.clone(), arriving.clone());
            Callback::from(move |_: MouseEvent| {
                let done = keeper.with(|device| restore_plans(device, &arriving, &replace));
                for action in done.actions {
                    book.dispatch(action);
                }
                match done.stopped {
                    None => {
                        restore_error.set(None);
                        restored.set(Some(done.restored));
                        incoming.set(None);
                    }
                    // Stopped part-way: what was restored is said, with why the rest was not,
                    // and the file compared again, so trying again picks up where it stopped.
                    Some((error, again)) => {
                        incoming.set(Some(again));
                        restore_error.set(Some(text.with(
                            "restore-stopped",
                            &[
                                ("done", done.restored.written.len().into()),
                                ("problem", text.get(save_problem(&error)).into()),
                            ],
                        )));
                    }
                }
            })
        };
        html! {
            <>
                <h3 class="govuk-heading-s">{ text.get("restore-preview-heading") }</h3>
                <dl class="govuk-summary-list">{ for rows }</dl>
                if let Some(error) = &*restore_error {
                    <p class="govuk-error-message" role="alert">{ error }</p>
                }
                <button type="button" class="govuk-button" {onclick}>{ text.get("restore-button") }</button>
            </>
        }
    });

    html! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                if let Some(done) = &*restored {
                    <NotificationBanner success=true id="restored" heading={text.with("restore-done", &[
                        ("added", done.added.into()),
                        ("updated", done.updated.into()),
                        ("kept", done.kept.into()),
                    ])} />
                }
                <PageHeading text={text.get("backup-heading")} class={classes!("govuk-heading-l")} />
                <h2 class="govuk-heading-m">{ text.get("backup-download-heading") }</h2>
                <p class="govuk-body">{ text.get("backup-why") }</p>
                if let Some(download) = download {
                    { download }
                    <WarningText text={text.get("backup-not-encrypted")} />
                } else {
                    <p class="govuk-body">{ text.get("backup-none") }</p>
                }
                <h2 class="govuk-heading-m">{ text.get("restore-heading") }</h2>
                <p class="govuk-body">{ text.get("restore-body") }</p>
                <FileField id="backup-file" label={text.get("restore-label")} error={(*file_error).clone().map(AttrValue::from)}
                    onopen={onopen} drop_zone=true />
                { preview.unwrap_or_default() }
            </div>
        </div>
    }
}
