//! What the FAQ sends readers to outside itself: the Regional Service Center,
//! the Software Updates table, the guides. The FAQ links most of them, but
//! this app cannot vouch for an address (pages move; the FAQ is a copy), so a
//! result names each with what to search for and where the FAQ links it, and
//! a host page may give its own address (docs/embedding.md, `link-<id>`).
//!
//! A result lists each resource its texts name ([`named_by`]): the texts are
//! the one place that says where a result sends the reader.

use crate::model::{OutcomeDef, Topic};
use crate::statement::{Basis, Statement};
use crate::text::Text;

/// One resource the FAQ names. (Its id is a text too, so that the app's
/// build, which draws it only on a result, fetches it with the text pack.)
#[derive(Debug, PartialEq, Eq)]
pub struct Resource {
    /// Public: the page's `data-resource` and the host's option `link-<id>`.
    pub id: Text,
    /// Its name, as the FAQ gives it and as the app's texts mention it.
    pub name: Text,
    /// What to search for to find it, and where the FAQ links it: advice
    /// ([`Resource::FIND_BASIS`]), since the search is ours.
    pub find: Text,
}

pub static PARTNER_SUPPORT_COMMUNITY: Resource = Resource {
    id: Text::new("partner-support-community"),
    name: Text::new("Partner Support Community"),
    find: Text::new("To find the Partner Support Community, search for “Microsoft Partner Support Community”; the FAQ links its page from its opening lines."),
};

pub static REGIONAL_SERVICE_CENTER: Resource = Resource {
    id: Text::new("regional-service-center"),
    name: Text::new("Regional Service Center"),
    find: Text::new("To find your local Regional Service Center, search for “Microsoft Partner Network Regional Service Center” with your country's name; the FAQ links it from its opening lines and from its entry on product activation."),
};

pub static PARTNER_MEMBERSHIP_CENTER: Resource = Resource {
    id: Text::new("partner-membership-center"),
    name: Text::new("Partner Membership Center"),
    find: Text::new("To find the Partner Membership Center, where locations are associated with the headquarters, search for “Microsoft Partner Membership Center”; the FAQ names it in its entry on sharing licenses but does not link it."),
};

pub static SOFTWARE_UPDATES_TABLE: Resource = Resource {
    id: Text::new("software-updates-table"),
    name: Text::new("Software Updates table"),
    find: Text::new("To find the Software Updates table, search for “Microsoft Partner Network software updates table”; the FAQ links it from its entry on downgrade rights."),
};

pub static COMPETENCY_LICENSE_TABLE: Resource = Resource {
    id: Text::new("competency-license-table"),
    name: Text::new("Competency License table"),
    find: Text::new("To find the Competency License table, search the partner network's site for “Microsoft Competency License table”; the FAQ links it from its entry on Additional Benefit Toolkits."),
};

pub static VOLUME_LICENSING_SPECIALIST: Resource = Resource {
    id: Text::new("volume-licensing-specialist"),
    name: Text::new("Volume Licensing specialist"),
    find: Text::new("To find a Microsoft Volume Licensing specialist, search for “Microsoft Volume Licensing” with your country's name; the FAQ names these specialists in its entry on MSDN subscriptions but does not link them."),
};

pub static MSDN_PAGE: Resource = Resource {
    id: Text::new("msdn-page"),
    name: Text::new("MSDN page"),
    find: Text::new("To find the MSDN page's overview of the subscriptions' use rights, search for “MSDN subscriptions Microsoft Partner Network use rights”; the FAQ links it from its entry on MSDN subscriptions."),
};

pub static PRODUCT_USAGE_GUIDE: Resource = Resource {
    id: Text::new("product-usage-guide"),
    name: Text::new("Product Usage Guide"),
    find: Text::new("To find the Product Usage Guide, search for “Microsoft Partner Network Product Usage Guide”; the FAQ links it from its entries on MSDN subscriptions and on switching users to Office 365."),
};

pub static VOLUME_ACTIVATION_GUIDE: Resource = Resource {
    id: Text::new("volume-activation-guide"),
    name: Text::new("Partner Volume Activation Guide"),
    find: FIND_VOLUME_ACTIVATION_GUIDE.text,
};

/// How to find the Partner Volume Activation Guide: also on the activation
/// planner, which names the guide.
pub const FIND_VOLUME_ACTIVATION_GUIDE: Statement = Statement {
    text: Text::new("To find the Partner Volume Activation Guide, search for “Microsoft Partner Volume Activation Guide”; the FAQ links it from its entry on product activation."),
    basis: Resource::FIND_BASIS,
};

impl Resource {
    /// What `find` rests on (one basis for all, so the app's data holds it once).
    pub const FIND_BASIS: Basis = Basis::Advice;

    /// The option by which a host page gives this resource's address
    /// (docs/embedding.md): `link-<id>`.
    pub fn host_option(&self) -> String {
        format!("link-{}", self.id.as_str())
    }
}

/// Whether a result of `topic` with `outcome` names `resource`. In the
/// app's build the words come with the text pack, which a result is drawn
/// with.
pub fn named_by(resource: &Resource, topic: &Topic, outcome: &OutcomeDef) -> bool {
    let name = resource.name.as_str().as_bytes();
    let says = |s: &Statement| mentions(s.text, name);
    // Not `OutcomeDef::statements`: its chain of iterators costs the app's
    // first visit several times what these few loops do.
    says(&outcome.headline)
        || [outcome.reasons, outcome.next_steps, outcome.limits].iter().any(|list| list.iter().any(says))
        || outcome.decided_by.iter().chain(&topic.scope).any(says)
}

/// Whether `text` has `name` in it (the app has no substring search of its own to spare).
#[inline(never)]
fn mentions(text: Text, name: &[u8]) -> bool {
    let text = text.as_str().as_bytes();
    !name.is_empty() && (0..text.len()).any(|at| text[at..].starts_with(name))
}

/// Every resource, in the order the FAQ first names them.
pub static ALL: [&Resource; 9] = [
    &PARTNER_SUPPORT_COMMUNITY,
    &REGIONAL_SERVICE_CENTER,
    &PARTNER_MEMBERSHIP_CENTER,
    &SOFTWARE_UPDATES_TABLE,
    &COMPETENCY_LICENSE_TABLE,
    &VOLUME_LICENSING_SPECIALIST,
    &MSDN_PAGE,
    &PRODUCT_USAGE_GUIDE,
    &VOLUME_ACTIVATION_GUIDE,
];
