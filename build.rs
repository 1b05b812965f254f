//! Names each message catalogue file (`locales/<tag>.ftl`) by its content's hash, as the app
//! fetches it from beside itself: `locales/cy-0123456789abcdef.ftl`. The release's post-build
//! step (`scripts/after-build.mjs`) copies the files into `dist/` under the same names (the
//! first 16 hex digits of the file's SHA-256) and fails the build if the app names any other,
//! so a name always means one content and can be cached for ever, like the app's other files.
//!
//! It also writes the part of English's catalogue the start page shows (`START_PAGE_SECTIONS`),
//! which the start page's wasm compiles in instead of the whole catalogue: its first download
//! then carries only its own words (see ARCHITECTURE.md, "Why the start page is its own page").

use sha2::{Digest, Sha256};
use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;

fn main() -> Result<(), Box<dyn Error>> {
    let folder = Path::new("locales");
    println!("cargo::rerun-if-changed={}", folder.display());
    let mut files: Vec<(String, String)> = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let path = entry?.path();
        let (Some(tag), Some("ftl")) = (
            path.file_stem().and_then(|s| s.to_str()),
            path.extension().and_then(|s| s.to_str()),
        ) else {
            continue;
        };
        println!("cargo::rerun-if-changed={}", path.display());
        let hash = Sha256::digest(std::fs::read(&path)?);
        let hex = hash.iter().take(8).fold(String::new(), |mut out, byte| {
            let _ = write!(out, "{byte:02x}");
            out
        });
        files.push((tag.to_owned(), format!("locales/{tag}-{hex}.ftl")));
    }
    files.sort();
    let mut table = String::from(
        "/// Each catalogue's file beside the app, named by its content's hash (see `build.rs`).\n\
         const CATALOGUE_FILES: &[(&str, &str)] = &[\n",
    );
    for (tag, file) in &files {
        writeln!(table, "    ({tag:?}, {file:?}),")?;
    }
    table.push_str("];\n");
    let out = std::env::var("OUT_DIR")?;
    std::fs::write(Path::new(&out).join("catalogue_files.rs"), table)?;
    let english = std::fs::read_to_string(folder.join("en-GB.ftl"))?;
    std::fs::write(
        Path::new(&out).join("start-page.en-GB.ftl"),
        sections(&english, START_PAGE_SECTIONS),
    )?;
    Ok(())
}

/// The catalogue's sections (`## Name` group comments) whose words the start page and its
/// frame show: the header, footer and language choice, the start page, and the page that says
/// the service is not available. A browser test draws the start page with this part and with the
/// whole catalogue and holds them to be the same.
const START_PAGE_SECTIONS: &[&str] = &["Everywhere", "Start", "Pages that are not there"];

/// The file's opening comments and the named sections, in the file's order.
fn sections(source: &str, names: &[&str]) -> String {
    let mut kept = String::new();
    let mut keeping = true;
    for line in source.split_inclusive('\n') {
        if let Some(name) = line.strip_prefix("## ") {
            keeping = names.contains(&name.trim_end());
        }
        if keeping {
            kept.push_str(line);
        }
    }
    kept
}
