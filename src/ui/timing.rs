//! User-timing marks at the app's milestones (`licensing:main`, when its
//! code starts; `licensing:mounted`, when the first screen is built), for
//! the browser's performance tools and the benchmark's breakdown of a cold
//! load (bench/trace.js). A mark the browser refuses is simply not there.

use crate::ui::reactive::window;

pub fn mark(name: &'static str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}
