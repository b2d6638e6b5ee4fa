//! A small, strict JSON reader and writer for the saved data and export files.
//!
//! Why not serde_json: measured in the release build, serde_json with derived types added
//! about 22 KB brotli to the first load (most of it float parsing and printing, and the
//! generated visitors), against a 100 KB budget. Backtrack's documents hold only objects,
//! arrays, strings, whole numbers, booleans and null, so this reader keeps numbers as whole
//! numbers (anything with a fraction or exponent is [`Value::Fraction`], which every field
//! rejects) and never needs float code.
//!
//! The reader never panics on any input: depth and length are bounded, and every error is a
//! value ([`JsonError`]) that names the line where reading stopped.

/// A JSON value as Backtrack reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A whole number that fits in an `i64`.
    Int(i64),
    /// A number with a fraction or exponent, or too big for an `i64`. No field accepts it;
    /// it is kept apart so the error can say "a whole number" rather than "not JSON".
    Fraction,
    Str(String),
    /// A string with a lone UTF-16 surrogate escape such as `"\ud800"` (half of an emoji,
    /// typically from text cut in the middle). Rust text cannot hold it, and putting U+FFFD
    /// in its place would make the data read differ from the text stored, so that the next
    /// save loses the original without anyone knowing. Like [`Value::Fraction`], it is kept
    /// apart and no field accepts it.
    BrokenText,
    Array(Vec<Value>),
    /// Members in file order. The reader refuses a name given twice
    /// ([`JsonProblem::DuplicateKey`]), so each name has one value.
    Object(Vec<(String, Value)>),
}

/// Deepest nesting the reader accepts. Backtrack's documents nest four levels deep.
pub const MAX_DEPTH: usize = 16;

/// Why a text is not JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// 1-based line where reading stopped.
    pub line: usize,
    pub problem: JsonProblem,
}

/// What went wrong while reading JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonProblem {
    /// The text ended in the middle of a value.
    UnexpectedEnd,
    /// A character that cannot start or continue a value here.
    UnexpectedCharacter,
    /// A string with a bad escape or a raw control character.
    BadString,
    /// Nested more than [`MAX_DEPTH`] levels.
    TooDeep,
    /// More text after the value.
    TrailingText,
    /// An object gives this name twice. JSON allows it, but readers disagree on which value
    /// counts (`JSON.parse` takes the last), so a file that does it could be read two ways.
    DuplicateKey(String),
}

impl JsonProblem {
    /// Plain words for the runner. [`super::schema::Problem`] names the key of a
    /// [`JsonProblem::DuplicateKey`] in a sentence of its own.
    pub fn describe(&self) -> &'static str {
        match self {
            JsonProblem::UnexpectedEnd => "the text stops part-way through",
            JsonProblem::UnexpectedCharacter => "there is a character that does not belong",
            JsonProblem::BadString => "a piece of text in quotes is not written correctly",
            JsonProblem::TooDeep => "it is nested too deeply",
            JsonProblem::TrailingText => "there is extra text after the end",
            JsonProblem::DuplicateKey(_) => "a name appears twice in one object",
        }
    }
}

impl Value {
    /// A member of an object by name; `None` for other values.
    pub fn get(&self, name: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Parses one JSON text. Leading and trailing whitespace is allowed (and a UTF-8 byte
    /// order mark at the start), nothing else.
    pub fn parse(text: &str) -> Result<Value, JsonError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut p = Parser {
            bytes: text.as_bytes(),
            text,
            pos: 0,
        };
        p.skip_ws();
        let value = p.value(0)?;
        p.skip_ws();
        if p.pos < p.bytes.len() {
            return Err(p.error(JsonProblem::TrailingText));
        }
        Ok(value)
    }

    /// Writes this value as compact JSON. [`Value::Fraction`] and [`Value::BrokenText`] are
    /// written as `null` (Backtrack's own documents never hold them).
    pub fn write(&self, out: &mut String) {
        match self {
            Value::Null | Value::Fraction | Value::BrokenText => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Int(n) => push_int(out, *n),
            Value::Str(s) => write_str(out, s),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Value::Object(members) => {
                out.push('{');
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(out, k);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }

    /// This value as compact JSON text.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

/// Appends a whole number in decimal without the formatting machinery.
pub fn push_int(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut len = 0;
    let mut m = n.unsigned_abs();
    loop {
        digits[len] = b'0' + (m % 10) as u8;
        len += 1;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    for d in digits[..len].iter().rev() {
        out.push(*d as char);
    }
}

fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str("\\u");
                let n = c as u32;
                for shift in [12, 8, 4, 0] {
                    out.push(HEX[((n >> shift) & 0xf) as usize] as char);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

const HEX: &[u8; 16] = b"0123456789abcdef";

struct Parser<'a> {
    bytes: &'a [u8],
    text: &'a str,
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, problem: JsonProblem) -> JsonError {
        let upto = self.pos.min(self.bytes.len());
        let line = 1 + self.bytes[..upto].iter().filter(|&&b| b == b'\n').count();
        JsonError { line, problem }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn expect_word(&mut self, word: &str, value: Value) -> Result<Value, JsonError> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error(JsonProblem::UnexpectedCharacter))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error(JsonProblem::TooDeep));
        }
        match self.peek() {
            None => Err(self.error(JsonProblem::UnexpectedEnd)),
            Some(b'n') => self.expect_word("null", Value::Null),
            Some(b't') => self.expect_word("true", Value::Bool(true)),
            Some(b'f') => self.expect_word("false", Value::Bool(false)),
            Some(b'"') => self
                .string()
                .map(|s| s.map_or(Value::BrokenText, Value::Str)),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                self.skip_ws();
                if self.peek() == Some(b']') {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                loop {
                    self.skip_ws();
                    items.push(self.value(depth + 1)?);
                    self.skip_ws();
                    if self.list_end(b']')? {
                        return Ok(Value::Array(items));
                    }
                }
            }
            Some(b'{') => {
                self.pos += 1;
                let mut members = Vec::new();
                // The names so far, to refuse a repeat. A set rather than a look along
                // `members`, so that a hostile object with a million names is not quadratic.
                let mut names = std::collections::BTreeSet::new();
                self.skip_ws();
                if self.peek() == Some(b'}') {
                    self.pos += 1;
                    return Ok(Value::Object(members));
                }
                loop {
                    self.skip_ws();
                    if self.peek() != Some(b'"') {
                        return Err(self.end_or(JsonProblem::UnexpectedCharacter));
                    }
                    let key_start = self.pos;
                    // A name cannot be half-read the way a value can (there is no item to
                    // leave out), so a lone surrogate in one makes the whole text unreadable.
                    let Some(key) = self.string()? else {
                        self.pos = key_start;
                        return Err(self.error(JsonProblem::BadString));
                    };
                    if !names.insert(key.clone()) {
                        self.pos = key_start;
                        return Err(self.error(JsonProblem::DuplicateKey(key)));
                    }
                    self.skip_ws();
                    if self.peek() != Some(b':') {
                        return Err(self.end_or(JsonProblem::UnexpectedCharacter));
                    }
                    self.pos += 1;
                    self.skip_ws();
                    let value = self.value(depth + 1)?;
                    members.push((key, value));
                    self.skip_ws();
                    if self.list_end(b'}')? {
                        return Ok(Value::Object(members));
                    }
                }
            }
            Some(_) => Err(self.error(JsonProblem::UnexpectedCharacter)),
        }
    }

    /// After an item: `,` continues (false), `close` ends (true), anything else is an error.
    fn list_end(&mut self, close: u8) -> Result<bool, JsonError> {
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                Ok(false)
            }
            Some(b) if b == close => {
                self.pos += 1;
                Ok(true)
            }
            _ => Err(self.end_or(JsonProblem::UnexpectedCharacter)),
        }
    }

    fn end_or(&self, problem: JsonProblem) -> JsonError {
        if self.pos >= self.bytes.len() {
            self.error(JsonProblem::UnexpectedEnd)
        } else {
            self.error(problem)
        }
    }

    fn number(&mut self) -> Result<Value, JsonError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.end_or(JsonProblem::UnexpectedCharacter)),
        }
        let int_end = self.pos;
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.end_or(JsonProblem::UnexpectedCharacter));
            }
            self.digits();
            whole = false;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.end_or(JsonProblem::UnexpectedCharacter));
            }
            self.digits();
            whole = false;
        }
        if !whole {
            return Ok(Value::Fraction);
        }
        // Accumulate as a negative number so that i64::MIN fits; overflow is a Fraction.
        let mut n: i64 = 0;
        for &b in &self.bytes[int_start..int_end] {
            n = match n
                .checked_mul(10)
                .and_then(|n| n.checked_sub(i64::from(b - b'0')))
            {
                Some(n) => n,
                None => return Ok(Value::Fraction),
            };
        }
        if self.bytes[start] != b'-' {
            n = match n.checked_neg() {
                Some(n) => n,
                None => return Ok(Value::Fraction),
            };
        }
        Ok(Value::Int(n))
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
    }

    /// Reads a string; `None` when it holds a lone surrogate (see [`Value::BrokenText`]).
    /// The rest of the string is still read, so that its syntax is checked as usual.
    fn string(&mut self) -> Result<Option<String>, JsonError> {
        self.pos += 1; // the opening quote
        let mut out = String::new();
        let mut whole = true;
        loop {
            // Copy a run of plain characters at once; `pos` only ever stops on ASCII bytes,
            // so the slice boundaries are character boundaries.
            let run_start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(self.text.get(run_start..self.pos).unwrap_or_default());
            match self.peek() {
                None => return Err(self.error(JsonProblem::UnexpectedEnd)),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(whole.then_some(out));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    match self.escape()? {
                        Some(c) => out.push(c),
                        None => whole = false,
                    }
                }
                Some(_) => return Err(self.error(JsonProblem::BadString)),
            }
        }
    }

    /// Reads the escape after a backslash; `None` for a lone surrogate.
    fn escape(&mut self) -> Result<Option<char>, JsonError> {
        let b = self
            .peek()
            .ok_or_else(|| self.error(JsonProblem::UnexpectedEnd))?;
        self.pos += 1;
        Ok(Some(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                if (0xd800..0xdc00).contains(&first) && self.bytes[self.pos..].starts_with(b"\\u") {
                    let save = self.pos;
                    self.pos += 2;
                    let second = self.hex4()?;
                    if (0xdc00..0xe000).contains(&second) {
                        // A high and a low surrogate always make a valid character.
                        let c = 0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00);
                        return Ok(char::from_u32(c));
                    }
                    self.pos = save;
                }
                // Every other four-digit code is a character, except a surrogate on its
                // own, which Rust text cannot hold.
                return Ok(char::from_u32(first));
            }
            _ => return Err(self.error(JsonProblem::BadString)),
        }))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut n = 0;
        for _ in 0..4 {
            let b = self
                .peek()
                .ok_or_else(|| self.error(JsonProblem::UnexpectedEnd))?;
            let d = match b {
                b'0'..=b'9' => b - b'0',
                b'a'..=b'f' => b - b'a' + 10,
                b'A'..=b'F' => b - b'A' + 10,
                _ => return Err(self.error(JsonProblem::BadString)),
            };
            n = n * 16 + u32::from(d);
            self.pos += 1;
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Value {
        Value::parse(text).unwrap_or_else(|e| panic!("{text:?}: {e:?}"))
    }

    fn problem(text: &str) -> JsonProblem {
        match Value::parse(text) {
            Ok(v) => panic!("{text:?} parsed as {v:?}"),
            Err(e) => e.problem,
        }
    }

    #[test]
    fn reads_every_kind_of_value() {
        let v = ok(r#" { "a": [1, -2, 0, true, false, null, "x\n\u00e9\ud83d\ude00"], "b": {} } "#);
        assert_eq!(
            v.get("a"),
            Some(&Value::Array(vec![
                Value::Int(1),
                Value::Int(-2),
                Value::Int(0),
                Value::Bool(true),
                Value::Bool(false),
                Value::Null,
                Value::Str("x\né😀".into()),
            ]))
        );
        assert_eq!(v.get("b"), Some(&Value::Object(vec![])));
        assert_eq!(v.get("c"), None);
    }

    #[test]
    fn numbers_are_whole_or_marked_as_fractions() {
        assert_eq!(ok("9223372036854775807"), Value::Int(i64::MAX));
        assert_eq!(ok("-9223372036854775808"), Value::Int(i64::MIN));
        assert_eq!(ok("9223372036854775808"), Value::Fraction);
        assert_eq!(ok("1.5"), Value::Fraction);
        assert_eq!(ok("1e3"), Value::Fraction);
        assert_eq!(problem("01"), JsonProblem::TrailingText);
        assert_eq!(problem("-"), JsonProblem::UnexpectedEnd);
        assert_eq!(problem("1."), JsonProblem::UnexpectedEnd);
        assert_eq!(problem("+1"), JsonProblem::UnexpectedCharacter);
    }

    #[test]
    fn rejects_what_is_not_json() {
        assert_eq!(problem(""), JsonProblem::UnexpectedEnd);
        assert_eq!(problem("{\"a\":1,}"), JsonProblem::UnexpectedCharacter);
        assert_eq!(problem("[1 2]"), JsonProblem::UnexpectedCharacter);
        assert_eq!(problem("{\"a\" 1}"), JsonProblem::UnexpectedCharacter);
        assert_eq!(problem("\"tab\there\""), JsonProblem::BadString);
        assert_eq!(problem("\"\\x\""), JsonProblem::BadString);
        assert_eq!(problem("\"abc"), JsonProblem::UnexpectedEnd);
        assert_eq!(problem("nul"), JsonProblem::UnexpectedCharacter);
        assert_eq!(problem("{} {}"), JsonProblem::TrailingText);
        assert_eq!(problem("<html>"), JsonProblem::UnexpectedCharacter);
        assert_eq!(problem(&"[".repeat(100)), JsonProblem::TooDeep);
        assert_eq!(problem(&"[".repeat(5)), JsonProblem::UnexpectedEnd);
    }

    #[test]
    fn a_name_given_twice_is_refused_at_any_depth() {
        let twice = |name: &str| JsonProblem::DuplicateKey(name.into());
        assert_eq!(problem(r#"{"diary":[],"diary":[1]}"#), twice("diary"));
        assert_eq!(
            problem(r#"{"d":[{"pain":3,"note":"","pain":0}]}"#),
            twice("pain")
        );
        // The same name written two ways is still the same name.
        assert_eq!(problem(r#"{"a":1,"\u0061":2}"#), twice("a"));
        let e = Value::parse("{\n\"a\": 1,\n\"a\": 2\n}").unwrap_err();
        assert_eq!((e.line, e.problem), (3, twice("a")));
        // The same name in different objects is fine.
        let v = ok(r#"{"a":{"a":1},"b":[{"a":1},{"a":2}]}"#);
        assert_eq!(
            v.get("a"),
            Some(&Value::Object(vec![("a".into(), Value::Int(1))]))
        );
    }

    #[test]
    fn errors_name_the_line() {
        let e = Value::parse("{\n\"a\": 1,\n\"b\": x\n}").unwrap_err();
        assert_eq!(e.line, 3);
    }

    #[test]
    fn a_lone_surrogate_is_kept_apart_not_replaced() {
        assert_eq!(ok(r#""\ud800x""#), Value::BrokenText);
        assert_eq!(ok(r#""\udc00""#), Value::BrokenText);
        assert_eq!(ok(r#""\ud800\u0041""#), Value::BrokenText);
        assert_eq!(ok(r#""\ude00\ud83d""#), Value::BrokenText);
        assert_eq!(ok(r#""\ud83d\ude00""#), Value::Str("😀".into()));
        // The rest of the string is still checked.
        assert_eq!(problem(r#""\ud800\x""#), JsonProblem::BadString);
        assert_eq!(problem(r#""\ud800"#), JsonProblem::UnexpectedEnd);
        // In a name it cannot be left out, so the whole text is refused.
        assert_eq!(problem(r#"{"\ud800":1}"#), JsonProblem::BadString);
        // Next to other values, only the broken string is marked.
        assert_eq!(
            ok(r#"["a","\udfff",1]"#),
            Value::Array(vec![
                Value::Str("a".into()),
                Value::BrokenText,
                Value::Int(1)
            ])
        );
    }

    #[test]
    fn writing_then_reading_gives_the_same_value() {
        let v = Value::Object(vec![
            (
                "quote\"back\\slash".into(),
                Value::Str("a\u{1}b\u{2028}c\t\"".into()),
            ),
            ("n".into(), Value::Int(i64::MIN)),
            ("m".into(), Value::Int(1234567890)),
            (
                "list".into(),
                Value::Array(vec![Value::Null, Value::Bool(false)]),
            ),
        ]);
        let text = v.to_text();
        assert_eq!(ok(&text), v);
        assert!(!text.contains('\u{1}'));
    }

    #[test]
    fn a_byte_order_mark_is_ignored() {
        assert_eq!(ok("\u{feff}[]"), Value::Array(vec![]));
    }
}
