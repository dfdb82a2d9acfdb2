// Keeps the pages' progress bars live. A simulation's page follows its server-sent events and reloads once the
// simulation is final, so its results and charts appear; the overview and sweep pages poll /ui/progress and reload
// when something they show as running is no longer running. Without this script every page still works, unmoving.
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
    const shown = [...document.querySelectorAll("[data-active-simulation], [data-active-sweep]")].map(
        (row) => ({ kind: row.dataset.activeSimulation ? "simulations" : "sweeps", id: row.dataset.activeSimulation ?? row.dataset.activeSweep }));
    const tick = async () => {
        try {
            const response = await fetch(section.dataset.poll, { headers: { "X-Requested-With": "XMLHttpRequest" }, cache: "no-store" });
            const progress = response.ok ? await response.json() : null;
            if (!progress) {
                setTimeout(tick, 1500);
                return;
            }
            for (const item of [...progress.simulations, ...progress.sweeps]) {
                showProgress(`${progress.simulations.includes(item) ? "simulation" : "sweep"}-${item.id}`, item.percent);
            }
            const stillRunning = (item) => progress[item.kind].some((p) => p.id === item.id);
            if (shown.some((item) => !stillRunning(item))) {
                location.reload();
                return;
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
