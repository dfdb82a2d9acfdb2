// Keeps the pages' progress bars live. A simulation's page follows its server-sent events and reloads once the
// simulation is final, so its results and charts appear. The overview polls /ui/progress, moves its bars, and says so
// when work has started or finished; a sweep's page reloads when the sweep finishes. Without this script every page
// still works, unmoving.
"use strict";

function showProgress(id, percent) {
    const bar = document.getElementById(id);
    if (!bar) return;
    bar.value = percent;
    bar.textContent = `${percent} %`;
    const text = document.querySelector(`[data-progress-text-for="${CSS.escape(id)}"]`);
    if (text) text.textContent = `${percent} %`;
}

function follow(section) {
    const events = new EventSource(section.dataset.follow);
    events.addEventListener("progress", (message) => {
        const view = JSON.parse(message.data);
        showProgress("simulation-progress", view.progress.percent);
        const contests = section.querySelector("[data-contests]");
        if (contests) contests.textContent = `${view.progress.contests_done} of ${view.progress.contests_total} contests`;
    });
    for (const final of ["completed", "bankrupt", "failed", "cancelled"]) {
        events.addEventListener(final, () => {
            events.close();
            location.reload();
        });
    }
}

function poll(section) {
    const shown = [...section.querySelectorAll("[data-active-simulation], [data-active-sweep]")].map(
        (row) => ({ kind: row.dataset.activeSimulation ? "simulations" : "sweeps", id: row.dataset.activeSimulation ?? row.dataset.activeSweep }));
    // With a notice (the overview), a change is announced and the reader reloads when ready: an automatic reload
    // would take their place and focus away every time one of a sweep's children starts or finishes.
    const notice = section.dataset.pollNotice ? document.getElementById(section.dataset.pollNotice) : null;
    const tick = async () => {
        try {
            const response = await fetch(section.dataset.poll, { headers: { "X-Requested-With": "XMLHttpRequest" }, cache: "no-store" });
            const progress = response.ok ? await response.json() : null;
            if (progress) {
                for (const kind of ["simulations", "sweeps"]) {
                    for (const item of progress[kind]) showProgress(`${kind === "simulations" ? "simulation" : "sweep"}-${item.id}`, item.percent);
                }
                const running = (kind, id) => progress[kind].some((p) => p.id === id);
                const finished = shown.some((item) => !running(item.kind, item.id));
                const started = ["simulations", "sweeps"].some((kind) => progress[kind].some((p) => !shown.some((s) => s.kind === kind && s.id === p.id)));
                if (!notice && finished) {
                    location.reload();
                    return;
                }
                if (notice && (finished || started)) {
                    notice.hidden = false;
                    return;
                }
            }
        } catch {
            // A network blip: try again on the next tick.
        }
        setTimeout(tick, 1500);
    };
    setTimeout(tick, 1500);
}

document.querySelectorAll("[data-follow]").forEach(follow);
document.querySelectorAll("[data-poll]").forEach(poll);
