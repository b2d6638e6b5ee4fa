//! The wasm entry point: mounts the app into `<body>`.
#![forbid(unsafe_code)]

fn main() {
    backtrack::start();
}
