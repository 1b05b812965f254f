//! Structure-aware mutations: a seed is read as JSON and changed where a real file can be
//! wrong or hostile (numbers at the edges of what is held, texts long or full of control
//! characters, lists repeated thousands of times, members removed, renamed or given the wrong
//! kind of value, nesting made deep), then written out, sometimes with its text damaged too.
//! Names and values seen in the seeds are reused, so references between parts of a file (a step
//! naming a question, a support naming an outcome) keep meeting each other.

use serde_json::{Map, Number, Value};

/// A small, fast, reproducible random number generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn number(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number from 0 to `n - 1` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            usize::try_from(self.number() % u64::try_from(n).unwrap_or(u64::MAX)).unwrap_or(0)
        }
    }

    /// True one time in `n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            None
        } else {
            items.get(self.below(items.len()))
        }
    }

    /// A count spread over orders of magnitude: mostly small, sometimes thousands.
    pub fn count(&mut self, most: usize) -> usize {
        let bits = self.below(usize::BITS as usize - most.leading_zeros() as usize + 1);
        (self.below(1 << bits.min(20)) + 1).min(most)
    }
}

/// Names, texts and values seen in the seeds, to reuse in mutations.
#[derive(Default)]
pub struct Dictionary {
    pub keys: Vec<String>,
    pub strings: Vec<String>,
    /// The short strings without spaces among them: ids, and the names of choices.
    pub words: Vec<String>,
    pub values: Vec<Value>,
}

impl Dictionary {
    /// Everything worth reusing in these seeds.
    pub fn from_seeds<'a>(seeds: impl IntoIterator<Item = &'a str>) -> Dictionary {
        let mut dictionary = Dictionary::default();
        for seed in seeds {
            if let Ok(value) = serde_json::from_str::<Value>(seed) {
                dictionary.collect(&value);
            }
        }
        dictionary.keys.sort();
        dictionary.keys.dedup();
        dictionary.strings.sort();
        dictionary.strings.dedup();
        dictionary.words = dictionary
            .strings
            .iter()
            .filter(|s| s.len() <= 24 && !s.contains(' '))
            .cloned()
            .collect();
        dictionary
    }

    fn collect(&mut self, value: &Value) {
        // Small values only: big ones would make every mutation large.
        if value.to_string().len() < 400 && self.values.len() < 4000 {
            self.values.push(value.clone());
        }
        match value {
            Value::String(s) if s.len() < 200 => self.strings.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|item| self.collect(item)),
            Value::Object(map) => {
                for (key, item) in map {
                    self.keys.push(key.clone());
                    self.collect(item);
                }
            }
            _ => {}
        }
    }
}

/// Text meant to break out of where it is shown: terminal escapes, a line that reads like the
/// tool's own output, bidirectional overrides, and a few shapes parsers and formatters dislike.
pub const HOSTILE_TEXT: [&str; 14] = [
    "\u{1b}[2J\u{1b}[H",
    "\nFAKE: verified\n",
    "\r\nFAKE: valid: all good",
    "\u{9b}31m",
    "\u{202e}dettimbus\u{202c}",
    "\u{2066}\u{2069}\u{200f}",
    "\u{7f}\u{0}\u{8}",
    "\u{2028}FAKE\u{2029}",
    "{{ $name }}",
    "1e999",
    "-0",
    "\u{fffd}\u{feff}",
    "𝕳𝖊𝖑𝖑𝖔 عائشہ",
    "../../etc/passwd",
];

/// Numbers at the edges: of i64 and u64, of what JSON readers hold exactly (2^53), of the
/// domain's own limits (a trillion, ten billion pence), tiny and huge doubles, and fractions
/// that formatting and rounding find hard.
fn interesting_number(rng: &mut Rng) -> Value {
    const WHOLE: [i64; 14] = [
        0,
        1,
        -1,
        2,
        59,
        60,
        168,
        1_000_000_000_000,
        10_000_000_000,
        9_007_199_254_740_991,
        9_007_199_254_740_992,
        i64::MAX,
        i64::MIN,
        3_045_676_160_732_958_881,
    ];
    const FRACTION: [f64; 12] = [
        0.1,
        0.5,
        1.5,
        2.675,
        999_999_999_999.999_9,
        1e12,
        1e15,
        1e300,
        5e-324,
        1e-7,
        5.960_464_477_539_063e-7,
        -1e-300,
    ];
    match rng.below(5) {
        0 => Value::from(u64::MAX),
        1 | 2 => Value::from(WHOLE[rng.below(WHOLE.len())]),
        3 => {
            Number::from_f64(FRACTION[rng.below(FRACTION.len())]).map_or(Value::Null, Value::Number)
        }
        _ => {
            // A random decimal with up to 18 digits and a random exponent.
            let digits = rng.number() % 1_000_000_000_000_000_000;
            let exponent = i32::try_from(rng.below(40)).unwrap_or(0) - 20;
            Number::from_f64(digits as f64 * 10f64.powi(exponent))
                .map_or(Value::Null, Value::Number)
        }
    }
}

fn mutate_number(number: &Number, rng: &mut Rng) -> Value {
    let as_f64 = number.as_f64().unwrap_or(0.0);
    match rng.below(6) {
        0 => Value::from(number.as_i64().map_or(0, |n| n.saturating_add(1))),
        1 => Value::from(number.as_i64().map_or(0, |n| n.saturating_neg())),
        // Scaled by a power of ten, up or down: how a slip of a few keys changes a figure.
        2 => Number::from_f64(as_f64 * 10f64.powi(i32::try_from(rng.below(41)).unwrap_or(0) - 20))
            .map_or(Value::Null, Value::Number),
        // The same value as a string: decimals are read from either.
        3 => Value::String(number.to_string()),
        _ => interesting_number(rng),
    }
}

fn mutate_string(text: &str, rng: &mut Rng, dictionary: &Dictionary, room: usize) -> Value {
    match rng.below(9) {
        0 => Value::String(String::new()),
        1 => {
            // Past the longest text any file allows (50,000 characters), now and then.
            let times = rng.count(60_000).max(2).min(room);
            let unit = if text.is_empty() { "x" } else { text };
            Value::String(unit.chars().cycle().take(times.max(unit.len())).collect())
        }
        2 | 3 => {
            let hostile = HOSTILE_TEXT[rng.below(HOSTILE_TEXT.len())];
            let at = rng.below(text.chars().count() + 1);
            let mut out: String = text.chars().take(at).collect();
            out.push_str(hostile);
            out.extend(text.chars().skip(at));
            Value::String(out)
        }
        4 | 5 => Value::String(
            // Short words are the ids and the names of choices ("up", "weekly", "nominee").
            if rng.one_in(2) {
                rng.pick(&dictionary.words)
            } else {
                rng.pick(&dictionary.strings)
            }
            .cloned()
            .unwrap_or_else(|| text.to_owned()),
        ),
        6 => Value::String(text.chars().take(rng.below(text.len() + 1)).collect()),
        7 => Value::String(text.to_uppercase()),
        _ => interesting_number(rng),
    }
}

fn random_scalar(rng: &mut Rng, dictionary: &Dictionary) -> Value {
    match rng.below(6) {
        0 => Value::Null,
        1 => Value::Bool(rng.one_in(2)),
        2 => interesting_number(rng),
        3 => Value::String(HOSTILE_TEXT[rng.below(HOSTILE_TEXT.len())].to_owned()),
        _ => rng.pick(&dictionary.values).cloned().unwrap_or(Value::Null),
    }
}

/// Changes one node of `value` in place.
fn mutate_node(node: &mut Value, rng: &mut Rng, dictionary: &Dictionary, room: usize) {
    // Sometimes, whatever the node is: another kind of value, a wrapper, deep nesting.
    match rng.below(10) {
        0 => {
            *node = random_scalar(rng, dictionary);
            return;
        }
        1 if rng.one_in(3) => {
            let mut wrapped = std::mem::take(node);
            for _ in 0..rng.count(300) {
                wrapped = if rng.one_in(2) {
                    Value::Array(vec![wrapped])
                } else {
                    Value::Object(Map::from_iter([("x".to_owned(), wrapped)]))
                };
            }
            *node = wrapped;
            return;
        }
        _ => {}
    }
    match node {
        Value::Null => *node = random_scalar(rng, dictionary),
        Value::Bool(b) => *b = !*b,
        Value::Number(n) => *node = mutate_number(n, rng),
        Value::String(s) => *node = mutate_string(s, rng, dictionary, room),
        Value::Array(items) => match rng.below(6) {
            0 if !items.is_empty() => {
                // One item repeated: many supports, many bands, many numbers.
                let item = items[rng.below(items.len())].clone();
                let times = rng.count(6_000).min(room / size_of_json(&item));
                items.extend(std::iter::repeat_n(item, times));
            }
            1 if !items.is_empty() => {
                items.remove(rng.below(items.len()));
            }
            2 => items.clear(),
            3 if items.len() > 1 => {
                let (a, b) = (rng.below(items.len()), rng.below(items.len()));
                items.swap(a, b);
            }
            _ => items.push(random_scalar(rng, dictionary)),
        },
        Value::Object(map) => match rng.below(6) {
            0 if !map.is_empty() => {
                let key = map
                    .keys()
                    .nth(rng.below(map.len()))
                    .cloned()
                    .unwrap_or_default();
                map.remove(&key);
            }
            1 if !map.is_empty() => {
                // A member under another known name (often a sibling's, or a typo's place).
                let key = map
                    .keys()
                    .nth(rng.below(map.len()))
                    .cloned()
                    .unwrap_or_default();
                if let (Some(value), Some(new)) = (map.remove(&key), rng.pick(&dictionary.keys)) {
                    map.insert(new.clone(), value);
                }
            }
            2 => {
                let key = if rng.one_in(3) {
                    HOSTILE_TEXT[rng.below(HOSTILE_TEXT.len())].to_owned()
                } else {
                    rng.pick(&dictionary.keys).cloned().unwrap_or_default()
                };
                map.insert(key, random_scalar(rng, dictionary));
            }
            3 if !map.is_empty() => {
                // Many members: long tables, many translations, many answers.
                let key = map
                    .keys()
                    .nth(rng.below(map.len()))
                    .cloned()
                    .unwrap_or_default();
                if let Some(value) = map.get(&key).cloned() {
                    for n in 0..rng.count(6_000).min(room / size_of_json(&value)) {
                        map.insert(format!("{key}_{n}"), value.clone());
                    }
                }
            }
            _ => {
                let at = rng.below(map.len().max(1));
                if let Some(value) = map.values_mut().nth(at) {
                    mutate_node(value, rng, dictionary, room);
                }
            }
        },
    }
}

fn descend<'v>(value: &'v mut Value, rng: &mut Rng) -> &'v mut Value {
    let len = match &*value {
        Value::Array(items) => items.len(),
        Value::Object(map) => map.len(),
        _ => 0,
    };
    if len == 0 || rng.one_in(4) {
        return value;
    }
    let at = rng.below(len);
    match value {
        Value::Array(items) => descend(&mut items[at], rng),
        Value::Object(map) => {
            let Some(child) = map.values_mut().nth(at) else {
                unreachable!("an index below the length just measured")
            };
            descend(child, rng)
        }
        other => other,
    }
}

/// How many bytes `value` takes as JSON (at least 1).
fn size_of_json(value: &Value) -> usize {
    serde_json::to_string(value).map_or(1, |text| text.len().max(1))
}

/// The number of nodes in `value`, counting no deeper than serde_json reads.
fn count_nodes(value: &Value, depth: usize) -> usize {
    if depth > 100 {
        return 1;
    }
    1 + match value {
        Value::Array(items) => items.iter().map(|i| count_nodes(i, depth + 1)).sum(),
        Value::Object(map) => map.values().map(|v| count_nodes(v, depth + 1)).sum(),
        _ => 0,
    }
}

/// The `index`-th node in pre-order.
fn nth_node<'v>(value: &'v mut Value, index: &mut usize, depth: usize) -> Option<&'v mut Value> {
    if *index == 0 || depth > 100 {
        return Some(value);
    }
    *index -= 1;
    match value {
        Value::Array(items) => {
            for item in items {
                let size = count_nodes(item, depth + 1);
                if *index < size {
                    return nth_node(item, index, depth + 1);
                }
                *index -= size;
            }
            None
        }
        Value::Object(map) => {
            for item in map.values_mut() {
                let size = count_nodes(item, depth + 1);
                if *index < size {
                    return nth_node(item, index, depth + 1);
                }
                *index -= size;
            }
            None
        }
        _ => None,
    }
}

/// A mutation of a JSON seed: a few structural changes, the text written compactly or indented,
/// and sometimes damaged as text too.
///
/// `room` is about how many bytes the result may grow by: repetitions stop there, so no
/// mutation builds more than a target can use.
pub fn mutate_json(seed: &Value, rng: &mut Rng, dictionary: &Dictionary, room: usize) -> String {
    let mut value = seed.clone();
    for _ in 0..=rng.below(6) {
        if rng.one_in(2) {
            // Any node, all alike: most are leaves deep in lists.
            let nodes = count_nodes(&value, 0);
            let mut index = rng.below(nodes);
            if let Some(node) = nth_node(&mut value, &mut index, 0) {
                mutate_node(node, rng, dictionary, room);
            }
        } else {
            // A walk down from the top, stopping on the way: settings near the top of a file
            // (its rounding, currency, period) are changed as often as anything in its lists.
            mutate_node(descend(&mut value, rng), rng, dictionary, room);
        }
    }
    let text = if rng.one_in(2) {
        serde_json::to_string(&value)
    } else {
        serde_json::to_string_pretty(&value)
    }
    .unwrap_or_default();
    if rng.one_in(8) {
        mutate_text(&text, rng, dictionary)
    } else {
        text
    }
}

/// One step of making a failing input smaller: a member or item removed, a list or a text cut
/// to half. False if the chosen node had nothing to take away.
pub fn shrink_once(value: &mut Value, rng: &mut Rng) -> bool {
    let nodes = count_nodes(value, 0);
    let mut index = rng.below(nodes);
    let Some(node) = nth_node(value, &mut index, 0) else {
        return false;
    };
    match node {
        Value::Array(items) if !items.is_empty() => {
            if items.len() > 1 && rng.one_in(2) {
                items.truncate(items.len() / 2);
            } else {
                items.remove(rng.below(items.len()));
            }
            true
        }
        Value::Object(map) if !map.is_empty() => {
            let key = map
                .keys()
                .nth(rng.below(map.len()))
                .cloned()
                .unwrap_or_default();
            map.remove(&key).is_some()
        }
        Value::String(text) if !text.is_empty() => {
            let half: String = text.chars().take(text.chars().count() / 2).collect();
            *text = half;
            true
        }
        _ => false,
    }
}

/// Damage to text as text: characters changed, spans cut or repeated, a member named twice,
/// hostile tokens put in, the end cut off.
pub fn mutate_text(text: &str, rng: &mut Rng, dictionary: &Dictionary) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = rng.below(chars.len() + 1);
    let span = rng.below((chars.len() - at).min(64) + 1);
    let mut out: Vec<char> = chars[..at].to_vec();
    match rng.below(7) {
        0 => out.extend(&chars[at + span..]),
        1 => {
            out.extend(&chars[at..at + span]);
            out.extend(&chars[at..]);
        }
        2 => {
            let token = match rng.below(3) {
                0 => HOSTILE_TEXT[rng.below(HOSTILE_TEXT.len())].to_owned(),
                1 => rng.pick(&dictionary.keys).cloned().unwrap_or_default(),
                _ => ["{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "e", "-"][rng.below(11)]
                    .to_owned(),
            };
            out.extend(token.chars());
            out.extend(&chars[at..]);
        }
        3 => {
            // A character swapped for one near it: digits, quotes, brackets change meaning.
            if let Some(c) = chars.get(at) {
                out.push(char::from_u32(u32::from(*c) ^ (1 << rng.below(7))).unwrap_or('?'));
                out.extend(&chars[at + 1..]);
            }
        }
        4 => {
            // Everything repeated: a member named twice once parsed.
            out.extend(&chars[at..]);
            return out.into_iter().collect::<String>() + "," + text;
        }
        5 => {} // cut off here
        _ => {
            out.push('\u{feff}');
            out.extend(&chars[at..]);
        }
    }
    out.into_iter().collect()
}

/// Mutations of an expression in the rule set language: tokens of the language and names of
/// the seeds' questions, steps and tables put in, and the text itself damaged.
pub fn mutate_expression(text: &str, rng: &mut Rng, dictionary: &Dictionary) -> String {
    const TOKENS: [&str; 28] = [
        " + ",
        " - ",
        " * ",
        " / ",
        " ^ ",
        " and ",
        " or ",
        " not ",
        "(",
        ")",
        ",",
        " if ",
        " then ",
        " else ",
        " = ",
        " < ",
        " >= ",
        "min(",
        "max(",
        "sum(",
        "clamp(",
        "round(",
        "floor(",
        "ceil(",
        "lookup(",
        "chosen(",
        "1e12",
        "0.0000001",
    ];
    let mut out = text.to_owned();
    for _ in 0..=rng.below(3) {
        let boundaries: Vec<usize> = (0..=out.len())
            .filter(|i| out.is_char_boundary(*i))
            .collect();
        let at = rng.pick(&boundaries).copied().unwrap_or(0);
        let insert = match rng.below(4) {
            0 | 1 => TOKENS[rng.below(TOKENS.len())].to_owned(),
            // Ids of the seeds' questions, steps, tables and options.
            2 => rng.pick(&dictionary.strings).cloned().unwrap_or_default(),
            _ => interesting_number(rng).to_string(),
        };
        if rng.one_in(4) {
            out.truncate(at);
        }
        out.insert_str(at.min(out.len()), &insert);
    }
    if rng.one_in(10) {
        out = format!("{}{}", "(".repeat(rng.count(2_000)), out);
    }
    out
}
