//! A screen's own state (what is typed or chosen before it becomes an
//! answer): a value, and a trigger that tells the markup reading it to update.
//!
//! Why not `RwSignal<T>`: Leptos generates its storage, locking and tracking
//! code anew for every value type, about 0.8 KB gzip each. Here
//! that code is the one trigger's; a value type adds only its `RefCell`.
//! The price: a handle is cloned (a reference count), not copied, into each
//! closure that uses it.

use std::cell::RefCell;
use std::rc::Rc;

use crate::ui::reactive::*;

pub struct Local<T>(Rc<(RefCell<T>, ArcTrigger)>);

impl<T> Clone for Local<T> {
    fn clone(&self) -> Self {
        Local(Rc::clone(&self.0))
    }
}

impl<T> Local<T> {
    pub fn new(value: T) -> Self {
        Local(Rc::new((RefCell::new(value), ArcTrigger::new())))
    }

    /// Reads the value; what reads it in a dynamic region or live attribute
    /// is updated when it changes.
    pub fn with<R>(&self, read: impl FnOnce(&T) -> R) -> R {
        self.0 .1.track();
        read(&self.0 .0.borrow())
    }

    /// Reads the value without following it (in event handlers).
    pub fn with_untracked<R>(&self, read: impl FnOnce(&T) -> R) -> R {
        read(&self.0 .0.borrow())
    }

    pub fn update(&self, change: impl FnOnce(&mut T)) {
        change(&mut self.0 .0.borrow_mut());
        // Effects rerun later, on the microtask queue: the borrow is over by then.
        self.0 .1.notify();
    }

    pub fn set(&self, value: T) {
        self.update(|current| *current = value);
    }
}

impl<T: Clone> Local<T> {
    pub fn get(&self) -> T {
        self.with(T::clone)
    }

    pub fn get_untracked(&self) -> T {
        self.with_untracked(T::clone)
    }
}

impl<T: PartialEq> Local<T> {
    /// Sets the value only when it differs, so what reads it is rebuilt (and
    /// a live region announced again) only on a real change.
    pub fn set_if_changed(&self, value: T) {
        if self.with_untracked(|current| *current != value) {
            self.set(value);
        }
    }
}
