//! The rule set's expression language: parsing text into a tree.
//!
//! Small on purpose, so a council officer can read every rule and every rule always finishes:
//! there are no loops, no user-defined functions and no recursion, and nesting is limited.
//!
//! ```text
//! expression  = "if" expression "then" expression "else" expression | or
//! or          = and { "or" and }
//! and         = not { "and" not }
//! not         = "not" not | comparison
//! comparison  = sum [ ("=" | "!=" | "<" | "<=" | ">" | ">=") sum ]
//! sum         = product { ("+" | "-") product }
//! product     = unary { ("*" | "/") unary }
//! unary       = "-" unary | power              (so -x^2 is -(x^2), as in mathematics)
//! power       = primary [ "^" whole-number ]
//! primary     = number | "true" | "false" | "(" expression ")"
//!             | name "(" [ expression { "," expression } ] ")"   (a function)
//!             | name [ "." name ]                                 (a reference)
//! ```
//! `×`, `÷`, `−`, `≤`, `≥` and `≠` may be written for `*`, `/`, `-`, `<=`, `>=` and `!=`.

use rust_decimal::Decimal;
use std::str::FromStr;

/// Deeper nesting than this is refused, so hostile input cannot exhaust the stack.
/// Each bracket, function call, `if`, `not`, minus and each operator in a chain like
/// `a + b + c` counts once.
pub const MAX_DEPTH: usize = 100;
/// The largest exponent `^` accepts.
pub const MAX_POWER: u32 = 6;
/// The longest expression accepted, in characters.
pub const MAX_LENGTH: usize = 4000;

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    /// Where the expression starts, as a character offset into its text (for messages).
    pub at: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Number(Decimal),
    Bool(bool),
    /// A question, domain, step or table, by id.
    Name(String),
    /// `question.attribute` or `domain.attribute`.
    Attribute(String, String),
    Negate(Box<Expr>),
    Not(Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    Power(Box<Expr>, u32),
    If(Box<Expr>, Box<Expr>, Box<Expr>),
    Call(String, Vec<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Subtract,
    Multiply,
    Divide,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Subtract => "-",
            BinaryOp::Multiply => "*",
            BinaryOp::Divide => "/",
            BinaryOp::Equal => "=",
            BinaryOp::NotEqual => "!=",
            BinaryOp::Less => "<",
            BinaryOp::LessOrEqual => "<=",
            BinaryOp::Greater => ">",
            BinaryOp::GreaterOrEqual => ">=",
            BinaryOp::And => "and",
            BinaryOp::Or => "or",
        }
    }
}

/// A syntax error: where in the expression (character offset) and what was wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub at: usize,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Number(Decimal),
    Word(String),
    Symbol(&'static str),
}

/// Parses one expression.
pub fn parse(text: &str) -> Result<Expr, SyntaxError> {
    if text.chars().count() > MAX_LENGTH {
        return Err(SyntaxError {
            at: 0,
            message: format!("is longer than {MAX_LENGTH} characters; split it into steps"),
        });
    }
    let tokens = tokenise(text)?;
    let mut parser = Parser {
        tokens,
        next: 0,
        depth: 0,
        end: text.chars().count(),
    };
    let expr = parser.expression()?;
    match parser.peek() {
        None => Ok(expr),
        Some((at, token)) => Err(SyntaxError {
            at,
            message: format!("unexpected {} after a complete expression", describe(token)),
        }),
    }
}

fn describe(token: &Token) -> String {
    match token {
        Token::Number(n) => format!("number {n}"),
        Token::Word(w) => format!("word '{w}'"),
        Token::Symbol(s) => format!("'{s}'"),
    }
}

fn tokenise(text: &str) -> Result<Vec<(usize, Token)>, SyntaxError> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let literal: String = chars[start..i].iter().collect();
            let bad = || SyntaxError {
                at: start,
                message: format!("'{literal}' is not a number"),
            };
            if literal.ends_with('.') || literal.matches('.').count() > 1 {
                return Err(bad());
            }
            let value = Decimal::from_str_exact(&literal).map_err(|_| bad())?;
            tokens.push((start, Token::Number(value)));
            continue;
        }
        if c.is_ascii_alphabetic() || c == '_' {
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            tokens.push((start, Token::Word(chars[start..i].iter().collect())));
            continue;
        }
        let next = chars.get(i + 1).copied();
        let (symbol, width) = match (c, next) {
            ('<', Some('=')) => ("<=", 2),
            ('>', Some('=')) => (">=", 2),
            ('!', Some('=')) => ("!=", 2),
            ('=', Some('=')) => ("=", 2),
            ('+', _) => ("+", 1),
            ('-' | '−', _) => ("-", 1),
            ('*' | '×', _) => ("*", 1),
            ('/' | '÷', _) => ("/", 1),
            ('^', _) => ("^", 1),
            ('(', _) => ("(", 1),
            (')', _) => (")", 1),
            (',', _) => (",", 1),
            ('.', _) => (".", 1),
            ('=', _) => ("=", 1),
            ('<', _) => ("<", 1),
            ('>', _) => (">", 1),
            ('≤', _) => ("<=", 1),
            ('≥', _) => (">=", 1),
            ('≠', _) => ("!=", 1),
            _ => {
                return Err(SyntaxError {
                    at: start,
                    message: format!("'{c}' cannot be used in an expression"),
                })
            }
        };
        tokens.push((start, Token::Symbol(symbol)));
        i += width;
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<(usize, Token)>,
    next: usize,
    depth: usize,
    end: usize,
}

const KEYWORDS: [&str; 8] = ["if", "then", "else", "and", "or", "not", "true", "false"];

impl Parser {
    fn peek(&self) -> Option<(usize, &Token)> {
        self.tokens.get(self.next).map(|(at, token)| (*at, token))
    }

    fn here(&self) -> usize {
        self.peek().map_or(self.end, |(at, _)| at)
    }

    fn at_symbol(&self, symbol: &str) -> bool {
        matches!(self.peek(), Some((_, Token::Symbol(s))) if *s == symbol)
    }

    fn at_word(&self, word: &str) -> bool {
        matches!(self.peek(), Some((_, Token::Word(w))) if w == word)
    }

    fn expect_symbol(&mut self, symbol: &str, context: &str) -> Result<(), SyntaxError> {
        if self.at_symbol(symbol) {
            self.next += 1;
            Ok(())
        } else {
            Err(self.expected(&format!("'{symbol}' {context}")))
        }
    }

    fn expect_word(&mut self, word: &str, context: &str) -> Result<(), SyntaxError> {
        if self.at_word(word) {
            self.next += 1;
            Ok(())
        } else {
            Err(self.expected(&format!("'{word}' {context}")))
        }
    }

    fn expected(&self, what: &str) -> SyntaxError {
        let found = match self.peek() {
            Some((_, token)) => describe(token),
            None => "the end of the expression".to_owned(),
        };
        SyntaxError {
            at: self.here(),
            message: format!("expected {what}, found {found}"),
        }
    }

    fn nested<T>(
        &mut self,
        parse: impl FnOnce(&mut Self) -> Result<T, SyntaxError>,
    ) -> Result<T, SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(SyntaxError {
                at: self.here(),
                message: format!(
                    "is nested more than {MAX_DEPTH} levels deep; split it into steps"
                ),
            });
        }
        let result = parse(self);
        self.depth -= 1;
        result
    }

    fn expression(&mut self) -> Result<Expr, SyntaxError> {
        self.nested(|p| {
            if p.at_word("if") {
                let at = p.here();
                p.next += 1;
                let condition = p.expression()?;
                p.expect_word("then", "after the condition of 'if'")?;
                let then = p.expression()?;
                p.expect_word("else", "after 'if … then …' (every 'if' needs an 'else')")?;
                let otherwise = p.expression()?;
                Ok(Expr {
                    kind: ExprKind::If(Box::new(condition), Box::new(then), Box::new(otherwise)),
                    at,
                })
            } else {
                p.or()
            }
        })
    }

    fn left_assoc(
        &mut self,
        operand: fn(&mut Self) -> Result<Expr, SyntaxError>,
        ops: &[(&str, BinaryOp)],
    ) -> Result<Expr, SyntaxError> {
        let mut left = operand(self)?;
        // A chain `a + b + c …` becomes a tree as deep as it is long, so each link counts
        // towards the nesting limit too.
        let depth_before = self.depth;
        let result = loop {
            let op = ops.iter().find_map(|(text, op)| {
                let matches = self.at_symbol(text) || self.at_word(text);
                matches.then_some(*op)
            });
            let Some(op) = op else { break Ok(left) };
            self.depth += 1;
            if self.depth > MAX_DEPTH {
                break Err(SyntaxError {
                    at: self.here(),
                    message: format!(
                        "is nested more than {MAX_DEPTH} levels deep; use sum(…) or split it into steps"
                    ),
                });
            }
            self.next += 1;
            let right = match operand(self) {
                Ok(right) => right,
                Err(error) => break Err(error),
            };
            let at = left.at;
            left = Expr {
                kind: ExprKind::Binary(op, Box::new(left), Box::new(right)),
                at,
            };
        };
        self.depth = depth_before;
        result
    }

    fn or(&mut self) -> Result<Expr, SyntaxError> {
        self.left_assoc(Self::and, &[("or", BinaryOp::Or)])
    }

    fn and(&mut self) -> Result<Expr, SyntaxError> {
        self.left_assoc(Self::not, &[("and", BinaryOp::And)])
    }

    fn not(&mut self) -> Result<Expr, SyntaxError> {
        if self.at_word("not") {
            let at = self.here();
            self.next += 1;
            let operand = self.nested(Self::not)?;
            return Ok(Expr {
                kind: ExprKind::Not(Box::new(operand)),
                at,
            });
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Expr, SyntaxError> {
        const OPS: [(&str, BinaryOp); 6] = [
            ("=", BinaryOp::Equal),
            ("!=", BinaryOp::NotEqual),
            ("<=", BinaryOp::LessOrEqual),
            (">=", BinaryOp::GreaterOrEqual),
            ("<", BinaryOp::Less),
            (">", BinaryOp::Greater),
        ];
        let left = self.sum()?;
        let Some(op) = OPS
            .iter()
            .find_map(|(s, op)| self.at_symbol(s).then_some(*op))
        else {
            return Ok(left);
        };
        self.next += 1;
        let right = self.sum()?;
        if let Some((at, Token::Symbol(s))) = self.peek() {
            if OPS.iter().any(|(text, _)| text == s) {
                return Err(SyntaxError {
                    at,
                    message: "comparisons cannot be chained; join them with 'and'".to_owned(),
                });
            }
        }
        let at = left.at;
        Ok(Expr {
            kind: ExprKind::Binary(op, Box::new(left), Box::new(right)),
            at,
        })
    }

    fn sum(&mut self) -> Result<Expr, SyntaxError> {
        self.left_assoc(
            Self::product,
            &[("+", BinaryOp::Add), ("-", BinaryOp::Subtract)],
        )
    }

    fn product(&mut self) -> Result<Expr, SyntaxError> {
        self.left_assoc(
            Self::unary,
            &[("*", BinaryOp::Multiply), ("/", BinaryOp::Divide)],
        )
    }

    fn power(&mut self) -> Result<Expr, SyntaxError> {
        let base = self.primary()?;
        if !self.at_symbol("^") {
            return Ok(base);
        }
        self.next += 1;
        let at = self.here();
        let exponent = match self.peek() {
            Some((_, Token::Number(n))) if n.scale() == 0 => u32::try_from(n.mantissa()).ok(),
            _ => None,
        };
        match exponent {
            Some(power) if power <= MAX_POWER => {
                self.next += 1;
                let at = base.at;
                Ok(Expr {
                    kind: ExprKind::Power(Box::new(base), power),
                    at,
                })
            }
            _ => Err(SyntaxError {
                at,
                message: format!(
                    "'^' takes a whole number from 0 to {MAX_POWER}, written as a number"
                ),
            }),
        }
    }

    fn unary(&mut self) -> Result<Expr, SyntaxError> {
        if self.at_symbol("-") {
            let at = self.here();
            self.next += 1;
            let operand = self.nested(Self::unary)?;
            return Ok(Expr {
                kind: ExprKind::Negate(Box::new(operand)),
                at,
            });
        }
        self.power()
    }

    fn primary(&mut self) -> Result<Expr, SyntaxError> {
        let Some((at, token)) = self.peek() else {
            return Err(self.expected("a number, a name or '('"));
        };
        let token = token.clone();
        match token {
            Token::Number(value) => {
                self.next += 1;
                Ok(Expr {
                    kind: ExprKind::Number(value),
                    at,
                })
            }
            Token::Symbol("(") => {
                self.next += 1;
                let inner = self.expression()?;
                self.expect_symbol(")", "to close '('")?;
                Ok(inner)
            }
            Token::Word(word) if word == "true" || word == "false" => {
                self.next += 1;
                Ok(Expr {
                    kind: ExprKind::Bool(word == "true"),
                    at,
                })
            }
            Token::Word(word) if KEYWORDS.contains(&word.as_str()) => Err(SyntaxError {
                at,
                message: format!("'{word}' cannot start a value here"),
            }),
            Token::Word(word) => {
                self.next += 1;
                if self.at_symbol("(") {
                    self.next += 1;
                    let mut arguments = Vec::new();
                    if !self.at_symbol(")") {
                        loop {
                            arguments.push(self.expression()?);
                            if self.at_symbol(",") {
                                self.next += 1;
                            } else {
                                break;
                            }
                        }
                    }
                    self.expect_symbol(")", &format!("to close the arguments of {word}(…)"))?;
                    return Ok(Expr {
                        kind: ExprKind::Call(word, arguments),
                        at,
                    });
                }
                if self.at_symbol(".") {
                    self.next += 1;
                    return match self.peek() {
                        Some((_, Token::Word(attribute))) => {
                            let attribute = attribute.clone();
                            self.next += 1;
                            Ok(Expr {
                                kind: ExprKind::Attribute(word, attribute),
                                at,
                            })
                        }
                        _ => Err(self.expected(&format!("an attribute name after '{word}.'"))),
                    };
                }
                Ok(Expr {
                    kind: ExprKind::Name(word),
                    at,
                })
            }
            Token::Symbol(_) => Err(self.expected("a number, a name or '('")),
        }
    }
}

impl FromStr for Expr {
    type Err = SyntaxError;
    fn from_str(text: &str) -> Result<Expr, SyntaxError> {
        parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(text: &str) -> String {
        fn show(e: &Expr) -> String {
            match &e.kind {
                ExprKind::Number(n) => n.to_string(),
                ExprKind::Bool(b) => b.to_string(),
                ExprKind::Name(n) => n.clone(),
                ExprKind::Attribute(a, b) => format!("{a}.{b}"),
                ExprKind::Negate(x) => format!("(-{})", show(x)),
                ExprKind::Not(x) => format!("(not {})", show(x)),
                ExprKind::Binary(op, a, b) => format!("({} {} {})", show(a), op.symbol(), show(b)),
                ExprKind::Power(x, n) => format!("({}^{n})", show(x)),
                ExprKind::If(c, a, b) => {
                    format!("(if {} then {} else {})", show(c), show(a), show(b))
                }
                ExprKind::Call(f, args) => {
                    format!(
                        "{f}({})",
                        args.iter().map(show).collect::<Vec<_>>().join(", ")
                    )
                }
            }
        }
        show(&parse(text).unwrap())
    }

    fn error(text: &str) -> SyntaxError {
        parse(text).unwrap_err()
    }

    #[test]
    fn precedence_follows_arithmetic() {
        assert_eq!(shape("1 + 2 * 3"), "(1 + (2 * 3))");
        assert_eq!(shape("(1 + 2) * 3"), "((1 + 2) * 3)");
        assert_eq!(shape("10 - 4 - 3"), "((10 - 4) - 3)");
        assert_eq!(shape("12 / 3 / 2"), "((12 / 3) / 2)");
        assert_eq!(shape("-x ^ 2"), "(-(x^2))");
        assert_eq!(shape("2 * -x"), "(2 * (-x))");
        assert_eq!(shape("a + b ^ 2 * 3"), "(a + ((b^2) * 3))");
    }

    #[test]
    fn logic_and_comparison() {
        assert_eq!(
            shape("not a and b or c > 2"),
            "(((not a) and b) or (c > 2))"
        );
        assert_eq!(shape("x <= 3 and y != 0"), "((x <= 3) and (y != 0))");
        assert_eq!(shape("x == 3"), "(x = 3)");
        assert_eq!(shape("true or false"), "(true or false)");
    }

    #[test]
    fn unicode_operators_are_synonyms() {
        assert_eq!(shape("a × b ÷ c − d"), "(((a * b) / c) - d)");
        assert_eq!(shape("a ≤ 1"), "(a <= 1)");
        assert_eq!(shape("a ≥ 1"), "(a >= 1)");
        assert_eq!(shape("a ≠ 1"), "(a != 1)");
    }

    #[test]
    fn conditionals_calls_and_references() {
        assert_eq!(
            shape("if chosen(washing, daily) then 12 else washing.points"),
            "(if chosen(washing, daily) then 12 else washing.points)"
        );
        assert_eq!(shape("min(a, b, 3)"), "min(a, b, 3)");
        assert_eq!(shape("clamp(x, 0, 100)"), "clamp(x, 0, 100)");
        assert_eq!(shape("f()"), "f()");
        assert_eq!(
            shape("1 + (if a then 1 else 2)"),
            "(1 + (if a then 1 else 2))"
        );
    }

    #[test]
    fn numbers_are_exact_decimals() {
        let expr = parse("0.1").unwrap();
        assert_eq!(expr.kind, ExprKind::Number(Decimal::new(1, 1)));
        assert_eq!(shape("52.143"), "52.143");
    }

    #[test]
    fn syntax_errors_say_where_and_what() {
        assert_eq!(
            error("1 +").message,
            "expected a number, a name or '(', found the end of the expression"
        );
        assert_eq!(error("1 +").at, 3);
        assert_eq!(
            error("(1 + 2").message,
            "expected ')' to close '(', found the end of the expression"
        );
        assert_eq!(error("if a then 1").message, "expected 'else' after 'if … then …' (every 'if' needs an 'else'), found the end of the expression");
        assert_eq!(
            error("1 2").message,
            "unexpected number 2 after a complete expression"
        );
        assert_eq!(
            error("a $ b").message,
            "'$' cannot be used in an expression"
        );
        assert_eq!(error("a $ b").at, 2);
        assert_eq!(error("1.2.3").message, "'1.2.3' is not a number");
        assert_eq!(error("3.").message, "'3.' is not a number");
        assert!(error("a < b < c").message.contains("cannot be chained"));
        assert!(error("x ^ 7").message.contains("from 0 to 6"));
        assert!(error("x ^ y").message.contains("from 0 to 6"));
        assert!(error("x ^ 2.0").message.contains("from 0 to 6"));
        assert_eq!(error("then").message, "'then' cannot start a value here");
        assert_eq!(
            error("a.").message,
            "expected an attribute name after 'a.', found the end of the expression"
        );
        assert_eq!(
            error("").message,
            "expected a number, a name or '(', found the end of the expression"
        );
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        let deep = format!("{}1{}", "(".repeat(1000), ")".repeat(1000));
        assert!(error(&deep).message.contains("nested more than"));
        let negations = format!("{}1", "-".repeat(1000));
        assert!(error(&negations).message.contains("nested more than"));
        let nots = format!("{}true", "not ".repeat(900));
        assert!(error(&nots).message.contains("nested more than"));
        let long = "1 + ".repeat(1200) + "1";
        assert!(error(&long).message.contains("longer than"));
        // A flat chain is as deep as it is long.
        let chain = "1 + ".repeat(150) + "1";
        assert!(error(&chain).message.contains("nested more than"));
        assert!(parse(&("1 + ".repeat(90) + "1")).is_ok());
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        let e = error("a × b $");
        assert_eq!(e.at, 6);
    }
}
