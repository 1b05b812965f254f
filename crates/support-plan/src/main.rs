//! The `support-plan` binary: the library's [`support_plan::run`] on the process's arguments,
//! standard output and standard error.

use std::process::ExitCode;

fn main() -> ExitCode {
    // Arguments that are not Unicode are said to be not understood rather than panicking.
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|arg| arg.into_string().unwrap_or_else(|_| "\u{fffd}".to_owned()))
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut terminal = support_plan::Terminal::standard();
    ExitCode::from(support_plan::run(&args, &mut terminal))
}
