//! Named options for commands that take them (`--rules FILE --json`), and the files named after
//! them for commands that take several (`verify A.json B.json`).

use std::collections::BTreeMap;

/// The options a command accepts.
pub struct Accepts {
    /// Options that take one value.
    pub valued: &'static [&'static str],
    /// Options that take a value and may be given more than once.
    pub repeated: &'static [&'static str],
    /// Options that take no value.
    pub switches: &'static [&'static str],
    /// Whether arguments that are not options (file names) are accepted.
    pub files: bool,
}

impl Accepts {
    /// Only options that take one value, and switches.
    pub const fn named(
        valued: &'static [&'static str],
        switches: &'static [&'static str],
    ) -> Accepts {
        Accepts {
            valued,
            repeated: &[],
            switches,
            files: false,
        }
    }
}

pub struct Options<'a> {
    values: BTreeMap<&'static str, Vec<&'a str>>,
    flags: Vec<&'static str>,
    pub files: Vec<&'a str>,
}

impl<'a> Options<'a> {
    /// Reads `args` against what a command accepts. Unknown, wrongly repeated or value-less
    /// options are an error saying which.
    pub fn parse(args: &[&'a str], accepts: &Accepts) -> Result<Options<'a>, String> {
        let mut values: BTreeMap<&'static str, Vec<&'a str>> = BTreeMap::new();
        let mut flags = Vec::new();
        let mut files = Vec::new();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            let single = accepts.valued.iter().find(|v| *v == arg);
            let many = accepts.repeated.iter().find(|v| *v == arg);
            if let Some(name) = single.or(many) {
                let value = rest.next().ok_or_else(|| format!("{name} needs a value"))?;
                let given = values.entry(*name).or_default();
                if single.is_some() && !given.is_empty() {
                    return Err(format!("{name} is given twice"));
                }
                given.push(*value);
            } else if let Some(name) = accepts.switches.iter().find(|s| *s == arg) {
                flags.push(*name);
            } else if accepts.files && !arg.starts_with("--") {
                files.push(*arg);
            } else {
                return Err(format!("'{arg}' is not an option of this command"));
            }
        }
        Ok(Options {
            values,
            flags,
            files,
        })
    }

    pub fn required(&self, name: &'static str) -> Result<&'a str, String> {
        self.optional(name)
            .ok_or_else(|| format!("{name} is needed"))
    }

    pub fn optional(&self, name: &str) -> Option<&'a str> {
        self.values.get(name).and_then(|v| v.first()).copied()
    }

    /// Every value of a repeated option, in the order given.
    pub fn all(&self, name: &str) -> &[&'a str] {
        self.values.get(name).map_or(&[], Vec::as_slice)
    }

    pub fn flag(&self, name: &str) -> bool {
        self.flags.contains(&name)
    }
}
