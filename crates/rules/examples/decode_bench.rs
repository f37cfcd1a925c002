//! Times the decoder on 100 KB query strings of different shapes and prints
//! the median of many runs. Run: `cargo run --release --example decode_bench`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use licensing_rules::state::decode;

const SIZE: usize = 100 * 1024;
const RUNS: usize = 201;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort_unstable();
    times[times.len() / 2]
}

fn time(query: &str) -> Duration {
    let times = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(decode(black_box(query)));
            start.elapsed()
        })
        .collect();
    median(times)
}

fn main() {
    let mut long_value = String::from("?topic=downgrade&license-source=mpn&note=");
    long_value.push_str(&"a".repeat(SIZE - long_value.len()));
    let mut many = String::from("?topic=kms");
    while many.len() < SIZE {
        many.push_str("&volume-licensing=yes");
    }
    let mut escaped = String::from("?topic=");
    while escaped.len() < SIZE {
        escaped.push_str("%F0%9F%98%80%3C%00+");
    }
    let mut junk = String::from("?");
    while junk.len() < SIZE {
        junk.push_str("%ZZ&=&&==%");
    }
    println!("{:<44} {:>9} {:>12}", "100 KB query string", "bytes", "median");
    for (name, query) in [
        ("one long value", &long_value),
        ("the same parameter repeated", &many),
        ("percent-escapes only", &escaped),
        ("broken escapes and empty parts", &junk),
    ] {
        let median = time(query);
        println!("{name:<44} {:>9} {:>9.3} ms", query.len(), median.as_secs_f64() * 1000.0);
    }
}
