//! The WebAssembly the build makes besides Trunk's: the app's optimised once (Trunk is told not
//! to), the rules as a JavaScript module for host pages, and the look's colour arithmetic.

use crate::steps::Page;
use crate::stop::{OrStop, Stop};
use crate::{tools, versions, wasm_module};

/// wasm-bindgen's glue of the rules module, behind rules/licensing-rules.js.
pub const RULES_GLUE: &str = "licensing-rules-glue.js";
pub const RULES_MODULE_DIR: &str = "rules";
/// The colour arithmetic's module, which web/embed.js loads in frames given a look.
pub const LOOK_MODULE: &str = licensing_check::ui::names::LOOK_MODULE;
/// What web/embed.js calls in look.wasm.
pub const LOOK_EXPORTS: &[&str] =
    &["buffer", "colour", "font", "corner_radius", "contrast_of", "keep", "mix"];

pub fn optimise_wasm(page: &mut Page) -> Result<(), Stop> {
    let step = "optimise the wasm";
    let wasm_opt = page.wasm_opt(step)?;
    for wasm in crate::files_ending(&page.dist, "_bg.wasm", step)? {
        tools::wasm_opt(&wasm_opt, &wasm, &wasm, &[], step)?;
    }
    Ok(())
}

pub fn shorten_names(page: &mut Page) -> Result<(), Stop> {
    crate::short_names::shorten(&page.dist)
}

/// The rules as a JavaScript module for host pages (crates/rules-js), in rules/: built with
/// cargo and wasm-bindgen --target web, optimised like the app; wasm-bindgen's glue under its
/// own name, behind the module (crates/rules-js/src/module.js) that makes its functions safe to
/// call before init(). The app itself never loads it.
pub fn rules_module(page: &mut Page) -> Result<(), Stop> {
    let step = "build the rules module";
    // about() names the build as the app's page does.
    let built =
        tools::build_wasm(&page.root, "licensing-rules-js", &[("LICENSING_BUILD", &page.label)], step)?;
    let out = page.dist.join(RULES_MODULE_DIR);
    std::fs::create_dir_all(&out).or_stop(step)?;
    let mut bindgen = std::process::Command::new("wasm-bindgen");
    bindgen
        .args(["--target", "web", "--out-dir"])
        .arg(&out)
        .args(["--out-name", "licensing-rules"])
        .arg(&built);
    tools::run(&mut bindgen, step)?;
    let wasm = out.join("licensing-rules_bg.wasm");
    versions::check_wasm_bindgen(
        &std::fs::read(&wasm).or_stop(step)?,
        &page.pinned("WASM_BINDGEN_VERSION")?,
    )?;
    tools::wasm_opt(&page.wasm_opt(step)?, &wasm, &wasm, &[], step)?;
    std::fs::rename(out.join("licensing-rules.js"), out.join(RULES_GLUE)).or_stop(step)?;
    let types = out.join("licensing-rules.d.ts");
    let ours = std::fs::read_to_string(page.root.join("crates/rules-js/src/init.d.ts")).or_stop(step)?;
    let declared = declare_init(&std::fs::read_to_string(&types).or_stop(step)?, &ours)?;
    std::fs::write(&types, declared).or_stop(step)?;
    let module = std::fs::read_to_string(page.root.join("crates/rules-js/src/module.js")).or_stop(step)?;
    if module.matches(&format!("'./{RULES_GLUE}'")).count() != 1 {
        return Err(Stop::new(step, format!("module.js does not import ./{RULES_GLUE} once")));
    }
    std::fs::write(out.join("licensing-rules.js"), module).or_stop(step)?;
    for script in ["licensing-rules.js", RULES_GLUE] {
        tools::minify(&page.root, &out.join(script), step)?;
    }
    let size = std::fs::metadata(&wasm).or_stop(step)?.len();
    println!("licensing-release: rules/licensing-rules.js and its wasm: {size} bytes of wasm");
    Ok(())
}

/// The colour arithmetic of an embed's look (crates/look) as look.wasm: a few exported
/// functions of numbers, no glue; optimised like the app's.
pub fn look_module(page: &mut Page) -> Result<(), Stop> {
    let step = "build the look module";
    let built = tools::build_wasm(&page.root, "licensing-look", &[], step)?;
    let out = page.dist.join(LOOK_MODULE);
    tools::wasm_opt(&page.wasm_opt(step)?, &built, &out, &["--strip-debug"], step)?;
    let data = std::fs::read(&out).or_stop(step)?;
    let missing = missing_exports(&data, LOOK_EXPORTS).or_stop(step)?;
    if !missing.is_empty() {
        return Err(Stop::new(step, format!("{LOOK_MODULE} lacks {}", missing.join(", "))));
    }
    println!("licensing-release: {LOOK_MODULE}: {} bytes", data.len());
    Ok(())
}

/// Which of `wanted` the module does not export.
pub fn missing_exports<'a>(data: &[u8], wanted: &[&'a str]) -> Result<Vec<&'a str>, wasm_module::Malformed> {
    let exports = wasm_module::exports(data)?;
    Ok(wanted.iter().copied().filter(|name| !exports.iter().any(|e| e.name == *name)).collect())
}

/// wasm-bindgen's declarations with its `init` and `initSync` (which mark the documented
/// `init(bytes)` deprecated and give wasm-bindgen's exports) replaced by the module's own
/// (crates/rules-js/src/init.d.ts), as crates/rules-js/src/module.js defines them.
pub fn declare_init(declarations: &str, ours: &str) -> Result<String, Stop> {
    let step = "declare init() as the module defines it";
    let from = "export type InitInput";
    let at = match declarations.match_indices(from).map(|(at, _)| at).collect::<Vec<_>>()[..] {
        [at] => at,
        _ => {
            return Err(Stop::new(
                step,
                format!("wasm-bindgen's declarations hold “{from}” not once{}", crate::edit::UPGRADING),
            ))
        }
    };
    for expected in ["export function initSync(", "export default function __wbg_init"] {
        if !declarations[at..].contains(expected) {
            return Err(Stop::new(step, format!("no “{expected}” after “{from}”{}", crate::edit::UPGRADING)));
        }
    }
    Ok(format!("{}{ours}", &declarations[..at]))
}

#[cfg(test)]
mod tests {
    use super::declare_init;

    const WASM_BINDGEN: &str = "export function topics(): Topic[];\n\nexport type InitInput = RequestInfo;\n\
        export interface InitOutput {}\nexport function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;\n\
        export default function __wbg_init (module_or_path?: InitInput): Promise<InitOutput>;\n";

    #[test]
    fn init_is_declared_as_the_module_defines_it() {
        let ours = "export default function init(wasm?: InitInput): Promise<void>;\n";
        assert_eq!(
            declare_init(WASM_BINDGEN, ours).unwrap(),
            format!("export function topics(): Topic[];\n\n{ours}")
        );
    }

    #[test]
    fn declarations_of_another_shape_stop_the_build() {
        for other in [
            WASM_BINDGEN.replace("InitInput", "Input"),
            WASM_BINDGEN.replace("initSync", "init_sync"),
            format!("{WASM_BINDGEN}export type InitInput = URL;\n"),
            WASM_BINDGEN.replace("__wbg_init", "init"),
        ] {
            let stop = declare_init(&other, "ours").unwrap_err();
            assert_eq!(stop.step, "declare init() as the module defines it", "{other}");
        }
    }
}
