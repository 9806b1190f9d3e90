/**
 * Kernel: what every task listener and process declaration shares. {@link dk.nordjylland.governance.task.TaskInput}
 * reads what a task submitted and who did it; {@link dk.nordjylland.governance.task.TaskForm} declares a user task's
 * form and fields in its process's declaration class (e.g. {@code meeting.MeetingCycleProcess.Forms}).
 */
package dk.nordjylland.governance.task;
