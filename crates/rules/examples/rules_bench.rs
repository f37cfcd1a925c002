//! Times the rules natively: the exhaustive walk (every answer combination of
//! every topic, as `tests/exhaustive.rs` checks them) and one evaluation step.
//! Prints medians of many runs. Run: `cargo run --release --example rules_bench`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use licensing_rules::catalog::TOPICS;
use licensing_rules::date::Date;
use licensing_rules::model::{Answers, Context};

#[path = "../tests/support/walk.rs"]
mod walk;

const RUNS: usize = 101;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort_unstable();
    times[times.len() / 2]
}

fn main() {
    let Ok(today) = Date::parse("2026-11-28") else { return };
    let context = Context { today };
    let walk_all = || -> usize {
        TOPICS
            .iter()
            .map(|t| {
                walk::walk(t, &context, &Answers::default(), &mut |a, e| {
                    black_box((a, e));
                })
            })
            .sum()
    };
    let steps = walk_all();
    let times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(walk_all());
            start.elapsed()
        })
        .collect();
    let whole = median(times);
    println!("exhaustive walk: {steps} evaluations over {} topics", TOPICS.len());
    println!("median of {RUNS} walks: {:.3} ms", whole.as_secs_f64() * 1e3);
    println!("per evaluation step (walk / evaluations): {:.2} µs", whole.as_secs_f64() * 1e6 / steps as f64);
}
