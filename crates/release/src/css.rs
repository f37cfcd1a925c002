//! The inlined stylesheet, compacted before its CSP hash is taken: the first visit has a budget.

/// `css` without comments and the whitespace CSS does not need. Quoted strings are kept as they
/// are, and no space is removed before a `:`, so `a :focus` keeps its meaning.
pub fn compact(css: &str) -> String {
    let css = without_comments(css);
    let mut out = String::with_capacity(css.len());
    let mut code = String::new();
    let mut rest = css.as_str();
    while let Some((start, quote)) = rest.char_indices().find(|(_, c)| *c == '"' || *c == '\'') {
        let Some(end) = rest[start + 1..].find(quote).map(|i| start + 1 + i + 1) else {
            // An unclosed quote is code.
            code.push_str(&rest[..=start]);
            rest = &rest[start + 1..];
            continue;
        };
        code.push_str(&rest[..start]);
        out.push_str(&compact_code(&code));
        code.clear();
        out.push_str(&rest[start..end]);
        rest = &rest[end..];
    }
    code.push_str(rest);
    out.push_str(&compact_code(&code));
    out.trim().to_owned()
}

fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        let Some(end) = rest[start + 2..].find("*/") else { break };
        out.push_str(&rest[..start]);
        rest = &rest[start + 2 + end + 2..];
    }
    out.push_str(rest);
    out
}

fn compact_code(code: &str) -> String {
    // Each run of whitespace one space; none around `{};,>`, none after `:`; no `;` before `}`.
    let mut out = String::with_capacity(code.len());
    let mut skip_space = false;
    let mut in_space = false;
    for c in code.chars() {
        if c.is_whitespace() {
            in_space = true;
            continue;
        }
        if in_space && !skip_space {
            out.push(' ');
        }
        in_space = false;
        skip_space = false;
        match c {
            '{' | '}' | ';' | ',' | '>' => {
                if out.ends_with(' ') {
                    out.pop();
                }
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
                skip_space = true;
            }
            ':' => {
                out.push(c);
                skip_space = true;
            }
            _ => out.push(c),
        }
    }
    if in_space && !skip_space {
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::compact;

    #[test]
    fn drops_what_css_does_not_need_and_keeps_strings_and_descendant_colons() {
        let css = "/* why */\na :focus ,  b > c {\n  color : red ;\n  content: \"a  ;  }\";\n}\n";
        assert_eq!(compact(css), "a :focus,b>c{color :red;content:\"a  ;  }\"}");
    }

    #[test]
    fn each_string_ends_at_its_own_quote_and_an_unclosed_one_is_code() {
        // The space between two strings is code; the spaces in the second are the string's.
        assert_eq!(compact("a:\"x\" ;b:\"y  z\""), "a:\"x\";b:\"y  z\"");
        assert_eq!(compact("a:'x' ;b:'y  z'"), "a:'x';b:'y  z'");
        assert_eq!(compact("a { content: \"x ;  }"), "a{content:\"x}");
    }

    #[test]
    fn only_a_semicolon_before_a_closing_brace_goes() {
        assert_eq!(compact("a { b: c ;; d: e ; }"), "a{b:c;;d:e}");
        assert_eq!(compact("a{b:c;}d,e{}"), "a{b:c}d,e{}");
    }
}
