//! `support-plan keygen`: a new council signing key.

use crate::args::{Accepts, Options};
use crate::{council_from, now, write_new, Outcome};
use sds_domain::signing::decision::KeyFile;

const ACCEPTS: Accepts = Accepts::named(
    &["--out", "--config", "--council-id", "--council-name"],
    &[],
);

pub fn run(args: &[&str]) -> Outcome {
    let options = match Options::parse(args, &ACCEPTS) {
        Ok(options) => options,
        Err(message) => return Outcome::Usage(message),
    };
    let out = match options.required("--out") {
        Ok(out) => out,
        Err(message) => return Outcome::Usage(format!("{message}: the file to write the key to")),
    };
    let council = match council_from(&options, None) {
        Ok(council) => council,
        Err(outcome) => return outcome,
    };
    let mut secret = [0u8; 32];
    if let Err(error) = getrandom::fill(&mut secret) {
        eprintln!("support-plan: no secure random numbers are available here: {error}");
        return Outcome::Problems;
    }
    let Some(created_at) = now() else {
        return Outcome::Problems;
    };
    let file = KeyFile::new(secret, created_at, council);
    if !write_new(out, &file.to_json(), true) {
        return Outcome::Problems;
    }
    println!(
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
    );
    Outcome::Success
}
