//! Named options for commands that take them (`--rules FILE --json`).

use std::collections::BTreeMap;

pub struct Options<'a> {
    values: BTreeMap<&'static str, &'a str>,
    flags: Vec<&'static str>,
}

impl<'a> Options<'a> {
    /// Reads `args` against the options a command accepts; `valued` take a value, `switches` do
    /// not. Unknown, repeated or value-less options are an error saying which.
    pub fn parse(
        args: &[&'a str],
        valued: &[&'static str],
        switches: &[&'static str],
    ) -> Result<Options<'a>, String> {
        let mut values = BTreeMap::new();
        let mut flags = Vec::new();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            if let Some(name) = valued.iter().find(|v| *v == arg) {
                let value = rest.next().ok_or_else(|| format!("{name} needs a value"))?;
                if values.insert(*name, *value).is_some() {
                    return Err(format!("{name} is given twice"));
                }
            } else if let Some(name) = switches.iter().find(|s| *s == arg) {
                flags.push(*name);
            } else {
                return Err(format!("'{arg}' is not an option of this command"));
            }
        }
        Ok(Options { values, flags })
    }

    pub fn required(&self, name: &'static str) -> Result<&'a str, String> {
        self.values
            .get(name)
            .copied()
            .ok_or_else(|| format!("{name} FILE is needed"))
    }

    pub fn flag(&self, name: &str) -> bool {
        self.flags.contains(&name)
    }
}
