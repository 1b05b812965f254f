//! `support-plan keygen`: a new council signing key.

use crate::args::{Accepts, Options};
use crate::{council_from, now, shown, write_new, Exit, Terminal};
use sds_domain::signing::decision::KeyFile;

const ACCEPTS: Accepts = Accepts::named(
    &["--out", "--config", "--council-id", "--council-name"],
    &[],
);

pub fn run(args: &[&str], terminal: &mut Terminal) -> Exit {
    let options = match Options::parse(args, &ACCEPTS) {
        Ok(options) => options,
        Err(message) => return Exit::Usage(message),
    };
    let out = match options.required("--out") {
        Ok(out) => out,
        Err(message) => return Exit::Usage(format!("{message}: the file to write the key to")),
    };
    let council = match council_from(&options, None, terminal) {
        Ok(council) => council,
        Err(exit) => return exit,
    };
    let not_made = || Exit::Problems("no key was made".to_owned());
    let mut secret = [0u8; 32];
    if let Err(error) = getrandom::fill(&mut secret) {
        terminal.error(&format!(
            "support-plan: no secure random numbers are available here: {error}"
        ));
        return not_made();
    }
    let Some(created_at) = now(terminal) else {
        return not_made();
    };
    let file = KeyFile::new(secret, created_at, council);
    if !write_new(out, &file.to_json(), true, terminal) {
        return not_made();
    }
    let out = shown(out);
    terminal.line(&format!(
        "Wrote a new council signing key to {out}.\n\
         Key fingerprint: {}\n\n\
         Keep {out} secret: whoever has it can sign decisions in the council's name. Load it only\n\
         when signing, and keep it off shared drives.\n\n\
         To have people's apps accept decisions signed with it, add this to \"council_keys\" in\n\
         config.json (and give the last day with \"valid_until\" when you retire it):\n\n  \
         {{ \"public_key\": \"{}\", \"valid_from\": \"{}\" }}",
        file.public_key.fingerprint(),
        file.public_key.hex(),
        created_at.date()
    ));
    Exit::Success
}
