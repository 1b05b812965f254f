//! The tool speaks English, from the same catalogue (`locales/en-GB.ftl`) the app shows, so a
//! finding or a verification problem reads the same in a council's terminal as on the screen.

use crate::shown;
use sds_domain::wording::{Arg, Catalogue, Message};

thread_local! {
    // The catalogue is compiled in and its syntax is tested, so it loads; if a broken build
    // ever failed to, messages fall back to their keys rather than stopping the tool.
    static ENGLISH: Option<Catalogue> = Catalogue::english().ok();
}

/// A message in English, as one line safe for a terminal: messages carry names and reasons
/// from files (see [`crate::terminal`]).
pub fn say(message: &Message) -> String {
    ENGLISH.with(|english| {
        let said = english
            .as_ref()
            .map_or_else(|| message.key.to_owned(), |c| c.message(message));
        shown(&said).into_owned()
    })
}

/// An argument on its own in English (a step's value), as one safe line.
pub fn say_value(arg: &Arg) -> String {
    ENGLISH.with(|english| {
        let said = english.as_ref().map_or_else(
            || match arg {
                Arg::Text(text) => text.clone(),
                _ => String::new(),
            },
            |c| c.say(arg),
        );
        shown(&said).into_owned()
    })
}
