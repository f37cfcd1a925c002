//! Every result that sends the reader to a resource the FAQ names (the
//! Regional Service Center, the Software Updates table, …) says where to
//! find it: the page lists each resource the result's texts name, with what
//! to search for and where the FAQ links it, and a host may give its address.

use licensing_rules::catalog::TOPICS;
use licensing_rules::model::{OutcomeDef, Topic};
use licensing_rules::resources::{self, named_by, Resource};
use licensing_rules::statement::Basis;

fn outcome(topic: &str, id: &str) -> (&'static Topic, &'static OutcomeDef) {
    let topic = TOPICS.iter().copied().find(|t| t.id == topic).expect(topic);
    (topic, topic.outcomes.iter().find(|o| o.id == id).expect(id))
}

fn named(topic: &str, id: &str) -> Vec<&'static str> {
    let (topic, def) = outcome(topic, id);
    resources::ALL.iter().filter(|r| named_by(r, topic, def)).map(|r| r.id.as_str()).collect()
}

#[test]
fn a_result_lists_the_resources_its_texts_send_the_reader_to() {
    assert_eq!(named("kms", "not-issued"), ["regional-service-center", "volume-licensing-specialist"]);
    assert_eq!(
        named("activation", "competency-consumed"),
        ["regional-service-center", "volume-activation-guide"]
    );
    assert_eq!(named("downgrade", "partner-network"), ["software-updates-table"]);
    assert_eq!(named("downgrade", "msdn"), ["msdn-page", "product-usage-guide"]);
    assert_eq!(
        named("sharing", "cap-scope-unknown"),
        ["partner-membership-center", "competency-license-table"]
    );
    assert_eq!(named("toolkit", "no-competency"), ["partner-support-community", "regional-service-center"]);
    assert_eq!(named("o365-switch", "over-entitlement"), ["product-usage-guide"]);
    // A result that sends the reader nowhere outside this app lists nothing.
    assert_eq!(named("kms", "volume-licensing-key"), Vec::<&str>::new());
}

#[test]
fn every_resource_is_named_by_some_result() {
    for resource in resources::ALL {
        let somewhere = TOPICS.iter().any(|t| t.outcomes.iter().any(|o| named_by(resource, t, o)));
        assert!(somewhere, "{}: no result names it", resource.id.as_str());
    }
}

#[test]
fn each_resource_says_where_the_faq_points_and_what_to_search_for_as_advice() {
    let mut ids: Vec<&str> = resources::ALL.iter().map(|r| r.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), resources::ALL.len(), "resource ids are unique");
    // The search is ours, so the page labels it as general advice.
    assert_eq!(Resource::FIND_BASIS, Basis::Advice);
    for resource in resources::ALL {
        let (id, find) = (resource.id.as_str(), resource.find.as_str());
        assert!(id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{id}: a lowercase id");
        assert!(find.starts_with("To find ") && find.contains(resource.name.as_str()), "{id}: names it");
        assert!(
            find.contains("search for “") || find.contains("search the partner network's site for “"),
            "{id}"
        );
        assert!(find.contains("; the FAQ "), "{id}: says where the FAQ points");
        assert_eq!(resource.host_option(), format!("link-{id}"));
    }
}
