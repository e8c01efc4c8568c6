//! The prefetch worker's side (see [`super::prefetch`]): it receives a
//! [`Request`] as JSON, computes its runs one by one, most likely first, and
//! posts each back packed, then an idle message naming the request. A new
//! request replaces the old one; between two runs the worker yields, so a
//! new request is read as soon as one run is done.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::prefetch::{idle_message, message_of, Request};
use crate::ui::run::{compute, ExploreSettings, SLICED_ABOVE};

#[derive(Default)]
struct Queue {
    generation: u64,
    wanted: VecDeque<ExploreSettings>,
    busy: bool,
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Installs the message handler; the worker then lives on its messages.
pub fn start() {
    let queue = Rc::new(RefCell::new(Queue::default()));
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let Some(text) = e.data().as_string() else {
            return;
        };
        // A list that does not parse is ignored: the page computes what it needs.
        let Ok(request) = serde_json::from_str::<Request>(&text) else {
            return;
        };
        let mut q = queue.borrow_mut();
        q.generation = request.generation;
        q.wanted = request.wanted.into();
        if !q.busy {
            q.busy = true;
            next_soon(queue.clone());
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
}

fn next_soon(queue: Rc<RefCell<Queue>>) {
    Timeout::new(0, move || work(queue)).forget();
}

fn work(queue: Rc<RefCell<Queue>>) {
    let next = queue.borrow_mut().wanted.pop_front();
    let Some(settings) = next else {
        let mut q = queue.borrow_mut();
        q.busy = false;
        let _ = scope().post_message(&JsValue::from_str(&idle_message(q.generation)));
        return;
    };
    // Large markets are computed by the page in slices, never here.
    if settings.market_size <= SLICED_ABOVE {
        if let Ok(run) = compute(&settings) {
            let _ = scope().post_message(&message_of(&run.pack()));
        }
    }
    next_soon(queue);
}
