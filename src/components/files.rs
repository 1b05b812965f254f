//! Files in and out: opening a file the person chooses (or drops), and downloading one the app
//! made. Nothing is uploaded anywhere: a chosen file is read in the browser, and a download is
//! made from text already on the page.

use wasm_bindgen_futures::JsFuture;
use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

use crate::components::fields::{described_by, hint_html, ErrorMessage};
use crate::i18n::use_text;

/// Signed plans and decisions are a few hundred kilobytes at most; anything far larger is not
/// one, and is refused before it is read into memory.
const LARGEST_FILE_BYTES: f64 = 10.0 * 1024.0 * 1024.0;

/// A file the person opened.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenedFile {
    pub name: String,
    pub text: String,
}

/// Why a chosen file could not be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    TooLarge,
    Unreadable,
}

impl FileProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            FileProblem::TooLarge => "file-too-large",
            FileProblem::Unreadable => "file-unreadable",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct FileFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub onopen: Callback<Result<OpenedFile, FileProblem>>,
    /// Also take a file dropped on the field (the file picker still works by keyboard).
    #[prop_or_default]
    pub drop_zone: bool,
}

/// The GOV.UK file upload field, reading the chosen file as text in the browser.
#[component]
pub fn FileField(props: &FileFieldProps) -> Html {
    let text = use_text();
    let dragging = use_state(|| false);
    let onchange = {
        let onopen = props.onopen.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                open(file, onopen.clone());
            }
            // Choosing the same file again (after fixing it) must fire again.
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let (dragging, onopen) = (dragging.clone(), props.onopen.clone());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            let file = event
                .data_transfer()
                .and_then(|transfer| transfer.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                open(file, onopen.clone());
            }
        })
    };
    let field = html! {
        <div class={classes!("govuk-form-group", props.error.is_some().then_some("govuk-form-group--error"))}>
            <label class="govuk-label govuk-label--s" for={props.id.clone()}>{ &props.label }</label>
            { hint_html(&props.id, &props.hint, &None) }
            // Opening a file is not a form submission, so there is no error summary: the
            // message is announced as it appears.
            <div role="alert">
                <ErrorMessage id={props.id.clone()} error={props.error.clone()} />
            </div>
            <input class={classes!("govuk-file-upload", props.error.is_some().then_some("govuk-file-upload--error"))}
                id={props.id.clone()} name={props.id.clone()} type="file" accept=".json,application/json"
                aria-describedby={described_by(&props.id, props.hint.is_some(), props.error.is_some())}
                {onchange} />
        </div>
    };
    if !props.drop_zone {
        return field;
    }
    html! {
        <div class={classes!("app-drop-zone", dragging.then_some("app-drop-zone--dragging"))}
            {ondragover} {ondragleave} {ondrop}>
            { field }
            <p class="govuk-body govuk-!-margin-bottom-0" aria-hidden="true">{ text.get("file-drop-here") }</p>
        </div>
    }
}

/// Reads a file as UTF-8 text and reports it, or why it could not be read.
fn open(file: File, onopen: Callback<Result<OpenedFile, FileProblem>>) {
    if file.size() > LARGEST_FILE_BYTES {
        onopen.emit(Err(FileProblem::TooLarge));
        return;
    }
    let name = file.name();
    wasm_bindgen_futures::spawn_local(async move {
        let read = JsFuture::from(file.text()).await;
        onopen.emit(match read.ok().and_then(|value| value.as_string()) {
            Some(text) => Ok(OpenedFile { name, text }),
            None => Err(FileProblem::Unreadable),
        });
    });
}

#[derive(Properties, PartialEq)]
pub struct DownloadProps {
    /// The file's contents.
    pub contents: AttrValue,
    /// The name it is saved under.
    pub file_name: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub secondary: bool,
}

/// A link styled as a button that saves `contents` as a file. The file is made from text
/// already in the page (a `data:` address), so nothing is requested from anywhere.
#[component]
pub fn Download(props: &DownloadProps) -> Html {
    let href = format!(
        "data:application/json;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&props.contents))
    );
    html! {
        <a {href} download={props.file_name.clone()} role="button" draggable="false"
            class={classes!("govuk-button", props.secondary.then_some("govuk-button--secondary"))}>
            { &props.label }
        </a>
    }
}
